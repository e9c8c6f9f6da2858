export { precisionOf, isPartialDate } from './PartialDate';
export type { PartialDate, DatePrecision } from './PartialDate';
export {
  dayNumber,
  calendarDayOf,
  firstDay,
  lastDay,
  addYears,
  addMonths,
  fullYearsBetween,
  fullMonthsBetween,
  dateOfDay,
  formatDate,
  today,
} from './dateMath';
export type { CalendarDay } from './dateMath';
export { isLeapYear, daysInMonth, isRealDate } from './isRealDate';
export { fromExcelSerial, toExcelSerial } from './excelSerial';
export type { DateSystem } from './excelSerial';
export { parseDateText } from './parseDateText';
export { dateOfCell } from './dateOfCell';
export { yearMonthOfNumber } from './yearMonthOfNumber';
