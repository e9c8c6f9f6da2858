import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { Locale } from '@taizhang/core';
import { createFakeExcel, type FakeExcel } from '../../../tests/fake-office/fakeExcel';
import { rosterSeed } from '../../../tests/fake-office/rosterSeed';
import type { WorkbookSeed } from '../../../tests/fake-office/workbook';
import type { CheckRunner } from '../check/CheckRunner';
import { inlineCheckRunner } from '../check/inlineCheckRunner';
import type { WorkbookHost } from '../host/WorkbookHost';
import { createExcelHost } from '../office/createExcelHost';
import { App } from '../ui/App';

/** Stands in for the browser's ResizeObserver, which jsdom lacks and Fluent's MessageBar needs; jsdom never resizes. */
class StillResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/**
 * jsdom lays nothing out: give elements the size of a 320 px task pane so the virtualized list renders
 * its rows, and a ResizeObserver that never fires.
 */
export function prepareLayout(): void {
  // Every box is the pane's size; every row measures 40 px, so about twenty rows fit.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 320 });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 40 });
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => 320 });
  // Writable: Fluent's positioning (Dropdown, Popover) puts its own stand-in there under Jest.
  Object.defineProperty(window, 'ResizeObserver', { configurable: true, writable: true, value: StillResizeObserver });
}

export interface RenderedPane {
  readonly fake: FakeExcel;
  readonly host: WorkbookHost;
}

/** The task pane over the real adapter and a fake workbook, checking on the test's thread. */
export function renderPane(
  options: { readonly locale?: Locale; readonly seed?: WorkbookSeed; readonly host?: (host: WorkbookHost, fake: FakeExcel) => WorkbookHost; readonly runCheck?: (fake: FakeExcel) => CheckRunner } = {},
): RenderedPane {
  const fake = createFakeExcel(options.seed ?? rosterSeed);
  const real = createExcelHost(fake.run);
  const host = options.host === undefined ? real : options.host(real, fake);
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} runCheck={options.runCheck?.(fake) ?? inlineCheckRunner} locale={options.locale ?? 'zh-CN'} today={{ year: 2025, month: 6, day: 30 }} />
    </FluentProvider>,
  );
  return { fake, host };
}
