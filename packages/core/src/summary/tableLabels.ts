/**
 * The line for rows a table could not place: the field it needs is blank or has an error. Blank counts
 * too, so the label names both; the line is always shown, so a 0 says nothing was left out.
 */
export const excludedLabel = '未计入（数据有误或缺失）';

/** The total line: every member, so each table adds up to the member count. */
export const totalLabel = '合计';
