import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import type { CellValue, Grid } from '@taizhang/core';
import { CliError } from '../CliError';
import { decodeText } from './decodeText';
import { trimBlankEdges } from './trimBlankEdges';

/**
 * A .csv file as one Grid named after the file, as Excel names the sheet when it opens one. Values stay
 * text: an ID number or a date is read by the template, never guessed here. Blank lines are kept so
 * row numbers match what Excel shows.
 */
export async function readCsvGrid(path: string, display: string): Promise<Grid> {
  const { text } = decodeText(await readFile(path));
  const records = parseRecords(text, display);
  return {
    sheet: basename(path, extname(path)),
    origin: { row: 1, column: 1 },
    values: trimBlankEdges(records.map((record) => record.map(toCellValue))),
  };
}

function parseRecords(text: string, display: string): string[][] {
  try {
    return parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const where = typeof error.lines === 'number' ? `第 ${error.lines} 行` : '';
    throw new CliError(
      'corrupt',
      `${display} ${where}无法按 CSV 解析（多半是引号不成对）：请在 Excel 中打开并另存为 .xlsx 后再检查`,
      { cause: error },
    );
  }
}

/** Some systems export tab-separated text under a .csv name. */
function delimiterOf(text: string): string {
  const opening = text.split(/\r?\n/, 10).join('\n');
  const count = (char: string) => opening.split(char).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

function toCellValue(field: string): CellValue {
  return field === '' ? null : field;
}
