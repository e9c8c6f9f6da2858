import type { WorkbookHost } from '../host/WorkbookHost';
import { applyFixes } from './applyFixes';
import { cleanUpLeftovers } from './cleanUpLeftovers';
import { clearMarks } from './clearMarks';
import type { ExcelRun } from './ExcelRun';
import { inspectSheet } from './inspectSheet';
import { listSheets } from './listSheets';
import { markIssues } from './markIssues';
import { readSheet } from './readSheet';
import { selectCell } from './selectCell';
import { deleteTemplate, readTemplates, saveTemplate } from './templateStore';
import { lastFixes, undoFixes } from './undoFixes';
import { writeSummaries } from './writeSummary';

/** The workbook verbs over an `Excel.run` (the real one in the pane, the fake in tests). */
export function createExcelHost(run: ExcelRun): WorkbookHost {
  return {
    readSheet: (options) => readSheet(run, options),
    markIssues: (sheet, issues) => markIssues(run, sheet, issues),
    clearMarks: (sheet) => clearMarks(run, sheet),
    selectCell: (sheet, address) => selectCell(run, sheet, address),
    writeSummaries: (summaries) => writeSummaries(run, summaries),
    listSheets: () => listSheets(run),
    inspectSheet: (probe) => inspectSheet(run, probe),
    cleanUpLeftovers: () => cleanUpLeftovers(run),
    readTemplates: () => readTemplates(run),
    saveTemplate: (definition) => saveTemplate(run, definition),
    deleteTemplate: (key) => deleteTemplate(run, key),
    applyFixes: (fixes, options) => applyFixes(run, fixes, options),
    lastFixes: () => lastFixes(run),
    undoFixes: () => undoFixes(run),
  };
}
