import { describe, expect, it } from '@jest/globals';
import pc from 'picocolors';
import type { Issue, SheetReport } from '@taizhang/core';
import type { CheckRun } from '../check/checkFiles';
import { inputError } from '../CliError';
import { renderHuman } from './renderHuman';

const plain = pc.createColors(false);

function issue(row: number, column: string, rule: Issue['rule'], severity: Issue['severity'], message: string, fix?: string): Issue {
  const base: Issue = { row, column, header: '', field: '', rule, severity, message, params: {} };
  return fix === undefined ? base : { ...base, fix };
}

const roster: SheetReport = {
  sheet: '花名册',
  template: 'roster',
  headerRow: 4,
  dataRows: [5, 64],
  columns: [],
  issues: [
    issue(8, 'E', 'id.checksum', 'error', '公民身份号码校验码错误（末位应为 5，实为 3）：请核对号码'),
    issue(15, 'D', 'field.alias', 'info', '民族应写作规范名称"汉族"', '汉族'),
    issue(20, 'D', 'field.alias', 'info', '民族应写作规范名称"汉族"', '汉族'),
    issue(62, 'L', 'phone.invalid', 'warning', '联系电话不是有效的手机号（11位）或带区号的固定电话'),
  ],
  counts: { error: 1, warning: 1, info: 2 },
};
const notes: SheetReport = {
  sheet: '填表说明',
  template: null,
  headerRow: null,
  dataRows: null,
  columns: [],
  issues: [],
  counts: { error: 0, warning: 0, info: 0 },
  skipped: '未识别出台账表头',
};

describe('renderHuman', () => {
  it('shows each sheet, its counts and its issues by rule, errors first', () => {
    const run: CheckRun = {
      asOf: { year: 2025, month: 6, day: 30 },
      files: [{ file: 'samples/花名册.xlsx', sheets: [{ report: roster, rows: Array.from({ length: 60 }, (_, index) => ({ row: index + 5, values: {}, invalid: new Set<string>() })) }, { report: notes, rows: [] }] }],
      failures: [],
    };
    expect(renderHuman(run, { lang: 'zh-CN', colors: plain })).toBe(
      [
        'samples/花名册.xlsx',
        '  工作表「花名册」：党员花名册',
        '  表头在第 4 行，数据在第 5–64 行，共 60 行',
        '  错误 1 处 · 警告 1 处 · 提示 2 处',
        '',
        '  ✖ 错误 身份证号校验码错误（id.checksum，1 处）',
        '      E8  公民身份号码校验码错误（末位应为 5，实为 3）：请核对号码',
        '',
        '  ⚠ 警告 联系电话无效（phone.invalid，1 处）',
        '      L62  联系电话不是有效的手机号（11位）或带区号的固定电话',
        '',
        '  ℹ 提示 应写作规范名称（field.alias，2 处）',
        '      D15, D20  民族应写作规范名称"汉族"  → 建议改为：汉族',
        '',
        '  工作表「填表说明」已跳过：未识别出台账表头',
        '',
        '共检查 1 个文件、1 个工作表（统计日期 2025-06-30）：错误 1 处，警告 1 处，提示 2 处',
        '',
      ].join('\n'),
    );
  });

  it('counts the cells and lines beyond what fits, and says when files could not be read', () => {
    const many = Array.from({ length: 25 }, (_, index) =>
      issue(5 + index, 'E', 'duplicate.id', 'error', `公民身份号码与第 ${100 + index} 行重复`),
    );
    const blanks = Array.from({ length: 15 }, (_, index) => issue(5 + index, 'B', 'field.required', 'error', '姓名不能为空'));
    const report: SheetReport = { ...roster, issues: [...many, ...blanks], counts: { error: 40, warning: 0, info: 0 } };
    const run: CheckRun = {
      asOf: { year: 2025, month: 6, day: 30 },
      files: [{ file: 'a.xlsx', sheets: [{ report, rows: Array.from({ length: 60 }, (_, index) => ({ row: index + 5, values: {}, invalid: new Set<string>() })) }] }],
      failures: [inputError('empty', 'b.xlsx')],
    };
    const text = renderHuman(run, { lang: 'zh-CN', colors: plain });
    expect(text).toContain('      B5, B6, B7, B8, B9, B10, B11, B12, B13, B14, B15, B16 等 15 处  姓名不能为空\n');
    expect(text).toContain('      E24  公民身份号码与第 119 行重复\n      ……另有 5 条（用 --json 可看全部）\n');
    expect(text).toContain('另有 1 个文件无法读取，原因见上方提示');
  });

  // A zero-width space alone in a cell: the fix empties it, which "suggested: " and nothing would not say.
  it('says a fix that empties the cell in words', () => {
    const report: SheetReport = { ...roster, issues: [issue(5, 'F', 'text.whitespace', 'info', '学历含多余空格：可自动去除', '')], counts: { error: 0, warning: 0, info: 1 } };
    const run: CheckRun = { asOf: { year: 2025, month: 6, day: 30 }, files: [{ file: 'a.xlsx', sheets: [{ report, rows: [] }] }], failures: [] };
    expect(renderHuman(run, { lang: 'zh-CN', colors: plain })).toContain('      F5  学历含多余空格：可自动去除  → 建议清空该单元格\n');
    expect(renderHuman(run, { lang: 'en', colors: plain })).toContain('F5  学历含多余空格：可自动去除  → suggested: clear the cell\n');
  });
});
