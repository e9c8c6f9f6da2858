import type { CellValue } from '@taizhang/core';

/** 1900-03-01: from this day on ExcelJS and Excel agree on what a 1900-system serial means. */
const firstAgreedDay = Date.UTC(1900, 2, 1);
export const msPerDay = 86_400_000;
/** ExcelJS's serial of 1970-01-01 (utils.excelToDate). */
export const epochSerial = 25569;

/**
 * A date ExcelJS read from a 1900-system serial before 1900-03-01, given back as that serial. ExcelJS
 * converts as if 1900 had no 29 February, but Excel (after Lotus 1-2-3) counts one: serials 1–59 come
 * out a day early and 60, Excel's non-existent 1900-02-29, as 1900-02-28. The core reads serials as
 * Excel does (`fromExcelSerial`). Other values, and all dates of 1904-system workbooks, pass unchanged.
 */
export function earlySerialDate(value: CellValue): CellValue {
  if (!(value instanceof Date) || !(value.getTime() < firstAgreedDay)) return value;
  return value.getTime() / msPerDay + epochSerial;
}
