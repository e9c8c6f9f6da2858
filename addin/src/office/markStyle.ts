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

/**
 * Whether a custom conditional format is one of ours. A rule left blank is too: only an add-in can make
 * one (Excel's UI asks for a formula), and `markIssues` leaves one behind when a sync fails between adding
 * a format and setting its rule.
 */
export function isMarkFormula(formula: string | null): boolean {
  return formula === null || formula.trim() === '' || Object.values(markStyles).some((style) => style.formula === formula);
}
