import type { Severity } from '@taizhang/core';

export interface MarkStyle {
  readonly fill: string;
  readonly font: string;
  /**
   * The rule of the conditional format; always true, and tagged so `clearMarks` can tell the add-in's
   * highlights from the user's own conditional formats, even in a later session.
   */
  readonly formula: string;
}

/** Excel's own "light red / yellow / blue fill with dark text" presets, which users already read. */
export const markStyles: Readonly<Record<Severity, MarkStyle>> = {
  error: { fill: '#FFC7CE', font: '#9C0006', formula: '=ISTEXT("taizhang:error")' },
  warning: { fill: '#FFEB9C', font: '#9C5700', formula: '=ISTEXT("taizhang:warning")' },
  info: { fill: '#DDEBF7', font: '#1F4E78', formula: '=ISTEXT("taizhang:info")' },
};

export function isMarkFormula(formula: string): boolean {
  return Object.values(markStyles).some((style) => style.formula === formula);
}
