import type { Locale } from '@taizhang/core';
import type { FixesApplied, FixesUndone } from '../host/FixOutcome';

export interface FixStrings {
  readonly title: (count: number) => string;
  readonly region: string;
  readonly intro: string;
  readonly applyAll: (count: number) => string;
  readonly applyRule: (name: string) => string;
  readonly applyThese: string;
  readonly count: (count: number) => string;
  readonly change: (header: string, before: string, after: string) => string;
  readonly empty: string;
  readonly more: (count: number) => string;
  readonly last: (time: string, cells: number) => string;
  readonly undo: string;
  readonly applying: string;
  readonly undoing: string;
  readonly applied: (outcome: FixesApplied) => string;
  readonly undone: (outcome: FixesUndone) => string;
}

const quote = (text: string) => (text === '' ? '（空）' : `“${text}”`);

const zhCN: FixStrings = {
  title: (count) => `可安全修正 ${count} 处`,
  region: '安全修正',
  intro: '这些问题的改法是确定的（如去除空格、全角转半角、文本日期转为日期）。修改会记入“修改记录”工作表，并可撤销；其余问题需要人工核对，不会自动修改。',
  applyAll: (count) => `全部修正（${count} 处）`,
  applyRule: (name) => `修正：${name}`,
  applyThese: '修正此类',
  count: (count) => `${count} 处`,
  change: (header, before, after) => `${header}：${quote(before)} → ${quote(after)}`,
  empty: '没有可自动修正的问题。',
  more: (count) => `另有 ${count} 处`,
  last: (time, cells) => `上次修正：${time}，共 ${cells} 处`,
  undo: '撤销上次修正',
  applying: '正在修正…',
  undoing: '正在撤销…',
  applied: ({ applied, skipped, logSheet }) =>
    `已修正 ${applied} 处${logSheet === undefined ? '' : `，记入“${logSheet}”工作表`}。${skipped.length > 0 ? `${skipped.length} 处在检查后已被改动或含有公式，未作修改。` : ''}`,
  undone: ({ restored, kept, logRowsRemoved }) =>
    `已撤销 ${restored} 处修正${logRowsRemoved ? '，并删去了修改记录中的对应行' : ''}。${kept > 0 ? `${kept} 处在修正后又被改动过，保留现状。` : ''}`,
};

const en: FixStrings = {
  title: (count) => `${count} safe fix${count === 1 ? '' : 'es'}`,
  region: 'Safe fixes',
  intro: 'These problems have one certain correction (extra spaces, full-width characters, dates typed as text). Changes are logged on the 修改记录 sheet and can be undone; other problems need a person and are never changed.',
  applyAll: (count) => `Fix all (${count})`,
  applyRule: (name) => `Fix: ${name}`,
  applyThese: 'Fix these',
  count: (count) => `${count}`,
  change: (header, before, after) => `${header}: “${before}” → “${after}”`,
  empty: 'Nothing can be fixed automatically.',
  more: (count) => `and ${count} more`,
  last: (time, cells) => `Last fixes: ${time}, ${cells} cell${cells === 1 ? '' : 's'}`,
  undo: 'Undo the last fixes',
  applying: 'Fixing…',
  undoing: 'Undoing…',
  applied: ({ applied, skipped, logSheet }) =>
    `Fixed ${applied} cell${applied === 1 ? '' : 's'}${logSheet === undefined ? '' : `, logged on ${logSheet}`}.${skipped.length > 0 ? ` ${skipped.length} changed since the check or holding a formula were left alone.` : ''}`,
  undone: ({ restored, kept, logRowsRemoved }) =>
    `Undid ${restored} fix${restored === 1 ? '' : 'es'}${logRowsRemoved ? ' and removed their rows from the log' : ''}.${kept > 0 ? ` ${kept} edited since were kept as they are.` : ''}`,
};

export function fixStringsFor(locale: Locale): FixStrings {
  return locale === 'en' ? en : zhCN;
}
