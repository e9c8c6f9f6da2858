import { dayNumber } from './dateMath';
import { sharedDay } from './sharedDates';
import { isRealDate } from './isRealDate';
import type { PartialDate } from './PartialDate';

/** Which day serial 0 or 1 stands for: Windows Excel counts from 1900-01-01 (= 1), old Mac workbooks from 1904-01-01 (= 0). */
export type DateSystem = 1900 | 1904;

/** Serial of 9999-12-31, the last day Excel can show, in the 1900 system. */
const LAST_SERIAL_1900 = 2958465;
/** The 1904 system counts 1462 days fewer (four years and a day: its serial 0 is 1900-system serial 1462). */
const SYSTEM_1904_SHIFT = 1462;
const LAST_SERIAL_1904 = LAST_SERIAL_1900 - SYSTEM_1904_SHIFT;
/** Lotus 1-2-3 took 1900 for a leap year and Excel kept it: serial 60 is the non-existent 1900-02-29. */
const PHANTOM_LEAP_DAY = 60;
/** Serial of 1970-01-01 in the 1900 system (counting the phantom day). */
const SERIAL_OF_EPOCH_1900 = 25569;

/**
 * The date an Excel serial number stands for. The fraction (time of day) is ignored. Returns undefined
 * for anything that is not a day Excel can show: not finite, before serial 1 (1900 system) or 0
 * (1904 system), after 9999-12-31, or the phantom 1900-02-29 (serial 60).
 * @example fromExcelSerial(61) // { year: 1900, month: 3, day: 1 }
 * @example fromExcelSerial(31118.75) // { year: 1985, month: 3, day: 12 }
 */
export function fromExcelSerial(serial: number, system: DateSystem = 1900): PartialDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (system === 1904) {
    if (whole < 0 || whole > LAST_SERIAL_1904) return undefined;
    return sharedDay(whole + SYSTEM_1904_SHIFT - SERIAL_OF_EPOCH_1900);
  }
  if (whole < 1 || whole > LAST_SERIAL_1900 || whole === PHANTOM_LEAP_DAY) return undefined;
  return sharedDay(whole - SERIAL_OF_EPOCH_1900 + (whole < PHANTOM_LEAP_DAY ? 1 : 0));
}

/**
 * The Excel serial number of a date (a whole number: midnight).
 * @throws RangeError when the date is not to the day, not a real date, or outside what Excel can show
 *   (1900-01-01 or 1904-01-01 to 9999-12-31).
 * @example toExcelSerial({ year: 1985, month: 3, day: 12 }) // 31118
 */
export function toExcelSerial(date: PartialDate, system: DateSystem = 1900): number {
  const { year, month, day } = date;
  if (month === undefined || day === undefined) {
    throw new RangeError(`toExcelSerial requires a date to the day, got ${year}-${month ?? '?'}`);
  }
  if (!isRealDate(year, month, day)) {
    throw new RangeError(`toExcelSerial requires a real date, got ${year}-${month}-${day}`);
  }
  const serial1900 = dayNumber(year, month, day) + SERIAL_OF_EPOCH_1900;
  const serial = system === 1904 ? serial1900 - SYSTEM_1904_SHIFT : serial1900 <= PHANTOM_LEAP_DAY ? serial1900 - 1 : serial1900;
  const first = system === 1904 ? 0 : 1;
  const last = system === 1904 ? LAST_SERIAL_1904 : LAST_SERIAL_1900;
  if (serial < first || serial > last) {
    throw new RangeError(`toExcelSerial: ${year}-${month}-${day} is outside the dates Excel can show (${system} system)`);
  }
  return serial;
}
