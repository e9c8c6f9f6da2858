import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { run } from '../run';
import { memoryIo } from '../testing/memoryIo';
import { validId } from '../testing/messyRoster';
import { makeTempDir } from '../testing/tempDir';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let ledger: string;
let templateFile: string;

/** A 党员结对帮扶台账 as one county keeps it; no built-in template knows it. */
const pairingTemplate = {
  id: 'pairing-support',
  name: '党员结对帮扶台账',
  fields: [
    { id: 'member', label: '帮扶党员', aliases: ['党员姓名'], type: 'text', required: true },
    { id: 'memberId', label: '党员身份证号', type: 'id-number' },
    { id: 'household', label: '帮扶对象', aliases: ['结对户'], type: 'text', required: true },
    { id: 'householdPhone', label: '对象联系电话', type: 'phone' },
    { id: 'startDate', label: '结对日期', type: 'date', required: true },
    { id: 'visitDate', label: '最近走访日期', type: 'date' },
    { id: 'way', label: '帮扶方式', type: 'enum', values: ['走访慰问', '政策宣讲', '技能培训', { value: '产业帮扶', aliases: ['产业'] }] },
    { id: 'visits', label: '年度走访次数', type: 'integer', min: 0, max: 52 },
    { id: 'amount', label: '帮扶资金', type: 'number', min: 0 },
    { id: 'code', label: '帮扶编号', type: 'text', pattern: '^BF\\d{4}$', unique: true },
  ],
  rules: [
    { rule: 'dateOrder', before: 'startDate', after: 'visitDate' },
    { rule: 'minAge', birth: 'memberId', at: 'startDate', years: 18 },
    { rule: 'notFuture', fields: ['startDate', 'visitDate'] },
  ],
};

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/**
 * Columns: A 帮扶编号 B 帮扶党员 C 党员身份证号 D 帮扶对象 E 对象联系电话 F 结对日期 G 最近走访日期
 * H 帮扶方式 I 年度走访次数 J 帮扶资金（元）. Row 3 is clean; rows 4–12 carry one planted problem each.
 */
async function writePairingLedger(path: string): Promise<void> {
  const wang = validId('19850312', '041');
  const zhao = validId('19900101', '013');
  const wrongCheck = `${zhao.slice(0, 17)}${zhao.endsWith('0') ? '1' : '0'}`;
  const row = (code: string, member: string, id: string, household: string | null, start: Date, visit: Date, way: string, visits: number, amount: number) => [
    code,
    member,
    id,
    household,
    '13912345678',
    start,
    visit,
    way,
    visits,
    amount,
  ];
  const rows = [
    ['青禾县教育局党员结对帮扶台账（2025年）'],
    ['帮扶编号', '帮扶党员', '党员身份证号', '帮扶对象', '对象联系电话', '结对日期', '最近走访日期', '帮扶方式', '年度走访次数', '帮扶资金（元）'],
    row('BF0001', '王建国', wang, '李大爷', utc(2024, 3, 1), utc(2025, 5, 10), '走访慰问', 6, 500),
    row('BF01', '李丽', validId('19900815', '022'), '张奶奶', utc(2024, 3, 1), utc(2025, 5, 12), '政策宣讲', 4, 0),
    row('BF0003', '张敏', validId('19880101', '024'), '刘大叔', utc(2024, 5, 1), utc(2024, 4, 20), '技能培训', 3, 200),
    row('BF0004', '马文博', validId('19920520', '031'), '陈阿姨', utc(2024, 3, 1), utc(2025, 5, 1), '走访慰问', 60, 300),
    row('BF0005', '刘婷', validId('19980303', '026'), '赵爷爷', utc(2024, 3, 1), utc(2025, 5, 1), '送温暖', 5, 300),
    row('BF0001', '陈强', validId('19870707', '057'), '孙奶奶', utc(2024, 3, 1), utc(2025, 5, 1), '走访慰问', 5, 300),
    row('BF0007', '杨雪', validId('19950909', '048'), null, utc(2024, 3, 1), utc(2025, 5, 1), '走访慰问', 5, 300),
    row('BF0008', '赵磊', validId('19910404', '079'), '钱大伯', utc(2024, 3, 1), utc(2025, 5, 1), '政策宣讲', 5, -100),
    row('BF0009', '周芳', validId('19930606', '064'), '吴婶', utc(2024, 3, 1), utc(2025, 5, 1), '产业', 5, 800),
    row('BF0010', '赵刚', wrongCheck, '郑大妈', utc(2024, 3, 1), utc(2025, 5, 1), '走访慰问', 5, 300),
    [],
    ['填表人：周文静'],
  ];
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('结对帮扶');
  rows.forEach((cells, index) => {
    sheet.getRow(index + 1).values = cells;
  });
  await workbook.xlsx.writeFile(path);
}

async function checkJson(...args: string[]) {
  const io = memoryIo();
  const code = await run(['check', ...args, '--json', '--as-of', '2025-06-30'], io);
  return { code, io, sheets: code === 2 ? [] : JSON.parse(io.stdout.text()).files.flatMap((file: { sheets: unknown[] }) => file.sheets) };
}

beforeAll(async () => {
  temp = await makeTempDir();
  ledger = join(temp.dir, '结对帮扶台账.xlsx');
  templateFile = join(temp.dir, '结对帮扶模板.json');
  await writePairingLedger(ledger);
  await writeFile(templateFile, JSON.stringify(pairingTemplate, null, 2));
});
afterAll(async () => {
  await temp.remove();
});

describe('taizhang check --template', () => {
  it('checks a ledger no built-in template knows and finds each planted problem', async () => {
    expect((await checkJson(ledger)).sheets[0]).toMatchObject({ template: null });

    const { code, sheets } = await checkJson(ledger, '--template', templateFile);
    expect(code).toBe(1);
    expect(sheets[0]).toMatchObject({ sheet: '结对帮扶', template: 'pairing-support', headerRow: 2, dataRows: [3, 12] });
    const found = sheets[0].issues.map((issue: { row: number; column: string; rule: string }) => `${issue.column}${issue.row} ${issue.rule}`);
    expect(found).toEqual([
      'A4 field.pattern',
      'G5 date.order',
      'I6 field.range',
      'H7 field.enum',
      'A8 duplicate.value',
      'D9 field.required',
      'J10 field.range',
      'H11 field.alias',
      'C12 id.checksum',
    ]);
  });

  it('names the custom ledger in the human report', async () => {
    const io = memoryIo();
    await run(['check', ledger, '--template', templateFile, '--as-of', '2025-06-30'], io);
    expect(io.stdout.text()).toContain('工作表「结对帮扶」：党员结对帮扶台账');
  });

  it('uses a folder’s taizhang.template.json for the files in it and below it', async () => {
    const county = join(temp.dir, '县');
    const branch = join(county, '教育局');
    await mkdir(branch, { recursive: true });
    await writeFile(join(county, 'taizhang.template.json'), JSON.stringify(pairingTemplate));
    await writePairingLedger(join(branch, '结对帮扶台账.xlsx'));
    const { code, io, sheets } = await checkJson(county);
    expect(code).toBe(1);
    expect(sheets[0]).toMatchObject({ template: 'pairing-support' });
    expect(sheets[0].issues).toHaveLength(9);
    expect(io.stderr.text()).toContain('taizhang.template.json');
  });

  it('stops with one zh-CN line naming the wrong entry of a bad template', async () => {
    const bad = join(temp.dir, '有误的模板.json');
    const fields = pairingTemplate.fields.map((field) => (field.id === 'visits' ? { ...field, type: 'int' } : field));
    await writeFile(bad, JSON.stringify({ ...pairingTemplate, fields }));
    const { code, io } = await checkJson(ledger, '--template', bad);
    expect(code).toBe(2);
    expect(io.stdout.text()).toBe('');
    expect(io.stderr.text()).toBe(`模板 ${bad} 有误：fields[7].type: 必须是 text、integer、number、date、enum、id-number、phone 之一\n`);

    await writeFile(bad, '{ "id": "pairing", "fields": [ }');
    const syntax = await checkJson(ledger, '--template', bad);
    expect(syntax.code).toBe(2);
    expect(syntax.io.stderr.text()).toBe(`模板 ${bad} 有误：不是有效的 JSON（第 1 行第 32 列附近）：请检查逗号、引号和括号是否成对\n`);
  });
});

describe('taizhang fix --template', () => {
  it('applies the custom template’s safe fixes', async () => {
    const io = memoryIo();
    const out = join(temp.dir, '结对帮扶台账-已修正.xlsx');
    expect(await run(['fix', ledger, '--template', templateFile, '--out', out, '--as-of', '2025-06-30'], io)).toBe(0);
    expect(io.stdout.text()).toContain('    H11   “产业” → “产业帮扶”  改为规范名称');
    const { sheets } = await checkJson(out, '--template', templateFile);
    expect(sheets[0].issues.map((issue: { rule: string }) => issue.rule)).not.toContain('field.alias');
  });
});

describe('taizhang summarize with a folder template extending the roster', () => {
  it('reads a roster whose headers only the extension knows', async () => {
    const folder = join(temp.dir, '乡镇');
    await mkdir(folder);
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('花名册');
    sheet.addRow(['同志姓名', '性别', '公民身份号码', '人员类别', '所在党支部', '入党时间', '转正时间']);
    sheet.addRow(['王建国', '男', validId('19850312', '041'), '正式党员', '青禾镇支部', utc(2010, 7, 1), utc(2011, 7, 1)]);
    sheet.addRow(['李丽', '女', validId('19900815', '022'), '预备党员', '青禾镇支部', utc(2025, 3, 1), null]);
    await workbook.xlsx.writeFile(join(folder, '青禾镇.xlsx'));

    const without = memoryIo();
    expect(await run(['summarize', folder, '--json', '--as-of', '2025-06-30'], without)).toBe(2);

    await writeFile(join(folder, 'taizhang.template.json'), JSON.stringify({ extends: 'roster', fields: [{ id: 'name', aliases: ['同志姓名'] }] }));
    const io = memoryIo();
    expect(await run(['summarize', folder, '--json', '--as-of', '2025-06-30'], io)).toBe(0);
    expect(JSON.parse(io.stdout.text()).summaries[0].headline).toMatchObject({ members: 2 });
  });
});
