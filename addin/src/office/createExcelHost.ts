import type { WorkbookHost } from '../host/WorkbookHost';
import { clearMarks } from './clearMarks';
import type { ExcelRun } from './ExcelRun';
import { markIssues } from './markIssues';
import { readSheet } from './readSheet';
import { selectCell } from './selectCell';
import { writeSummary } from './writeSummary';

/** The workbook verbs over an `Excel.run` (the real one in the pane, the fake in tests). */
export function createExcelHost(run: ExcelRun): WorkbookHost {
  return {
    readSheet: (options) => readSheet(run, options),
    markIssues: (sheet, issues) => markIssues(run, sheet, issues),
    clearMarks: (sheet) => clearMarks(run, sheet),
    selectCell: (sheet, address) => selectCell(run, sheet, address),
    writeSummary: (summary) => writeSummary(run, summary),
  };
}
