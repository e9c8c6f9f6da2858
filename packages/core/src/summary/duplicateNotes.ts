import type { DuplicatePerson } from './poolSheets';

function place(origin: { readonly file: string; readonly sheet: string; readonly row: number }): string {
  return `${origin.file}「${origin.sheet}」第${origin.row}行`;
}

/** One zh-CN remark per person found in more than one sheet, with the masked 公民身份号码 only. */
export function duplicateNotes(duplicates: readonly DuplicatePerson[]): string[] {
  return duplicates.map((person) => {
    const who = person.name === undefined ? person.maskedId : `${person.name}（${person.maskedId}）`;
    return `${who}出现在 ${person.occurrences.length} 处：${person.occurrences.map(place).join('；')}。汇总只计一次（按第一处）。`;
  });
}
