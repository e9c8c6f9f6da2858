/**
 * The built task pane in real Chromium (Debian's, never a downloaded one), with the fake Excel host
 * served where office.js would be and every other request outside the local server refused.
 * Run alone with `pnpm test:e2e`; it builds the add-in itself.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FakeSetup } from '../fake-office/browser';
import { ledgerWorkbook } from '../../addin/src/testing/ledgerWorkbook';
import { fixableSeed } from '../fake-office/fixableSeed';
import { rosterSeed } from '../fake-office/rosterSeed';
import type { WorkbookSeed } from '../fake-office/workbook';
import { buildAddin, repoRoot } from '../support/buildAddin';
import { bundleFakeOffice } from './bundleFakeOffice';
import { serveDirectory, type Served } from './serveDirectory';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const officeJs = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const artifacts = resolve(__dirname, 'artifacts');

let dist: string;
let browser: Browser;
let served: Served;
let fakeOffice: string;

beforeAll(async () => {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium (or set CHROMIUM_PATH)`);
  dist = buildAddin();
  fakeOffice = await bundleFakeOffice();
  served = await serveDirectory(dist);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (dist !== undefined) rmSync(dist, { recursive: true, force: true });
});

declare global {
  interface Window {
    /** What the page's Content-Security-Policy refused, as `directive blocked-URI`. */
    __taizhangCspViolations?: string[];
  }
}

interface Opened {
  readonly page: Page;
  /** Requests that tried to leave the local server (office.js excepted, it is the fake). */
  readonly outside: string[];
  /** What the Content-Security-Policy refused so far. */
  readonly violations: () => Promise<string[]>;
}

async function open(path: string, setup: FakeSetup): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 320, height: 860 }, deviceScaleFactor: 2, locale: 'zh-CN' });
  const page = await context.newPage();
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(served.origin)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.route(officeJs, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: fakeOffice }));
  await page.addInitScript((value: FakeSetup) => {
    window.__taizhangFakeSetup = value;
    const refused: string[] = [];
    window.__taizhangCspViolations = refused;
    document.addEventListener('securitypolicyviolation', (event) => refused.push(`${event.effectiveDirective} ${event.blockedURI}`));
  }, setup);
  await page.goto(`${served.origin}/${path}`);
  const violations = async () => (await page.evaluate(() => window.__taizhangCspViolations)) ?? [];
  return { page, outside, violations };
}

function control(page: Page) {
  return {
    selection: () => page.evaluate(() => window.__taizhang?.selection()),
    values: (sheet: string, address: string) => page.evaluate(([s, a]) => window.__taizhang?.values(s, a), [sheet, address] as const),
    conditionalFormats: (sheet: string) => page.evaluate((s) => window.__taizhang?.conditionalFormats(s), sheet),
    sheetNames: () => page.evaluate(() => window.__taizhang?.sheetNames()),
    tables: (sheet: string) => page.evaluate((s) => window.__taizhang?.tables(s), sheet),
    charts: (sheet: string) => page.evaluate((s) => window.__taizhang?.charts(s), sheet),
    numberFormat: (sheet: string, address: string) => page.evaluate(([s, a]) => window.__taizhang?.numberFormat(s, a), [sheet, address] as const),
  };
}

/** Polls until `read` gives `expected` (the pane updates its text before Excel finishes a sync). */
async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 5000): Promise<void> {
  const until = Date.now() + timeout;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  expect(last).toEqual(expected);
}

async function saveFailure(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: resolve(artifacts, `${name}.png`), fullPage: true });
}

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A valid 公民身份号码 (GB 11643 check character), different for each serial below 28,000. */
function idNumber(serial: number): string {
  const day = String(1 + Math.floor(serial / 1000)).padStart(2, '0');
  const body = `110105${1950 + (serial % 30)}01${day}${String(serial % 1000).padStart(3, '0')}`;
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * (weights[i] ?? 0), 0);
  return body + ('10X98765432'[sum % 11] ?? '');
}

/** 20,000 members in pairs sharing a 公民身份号码: 10,000 different 重复 issues, one per pair. */
function largeRoster(): WorkbookSeed {
  const rows = Array.from({ length: 20_000 }, (_, i) => {
    const serial = Math.floor(i / 2);
    const id = idNumber(serial);
    return [i + 1, `党员${i + 1}`, Number(id[16]) % 2 === 1 ? '男' : '女', '汉族', id, '大学本科', '正式党员', 36708, 37073, `第${(serial % 30) + 1}党支部`, '13800138000'];
  });
  return { name: '全县花名册.xlsx', sheets: [{ name: '花名册', rows: [['序号', '姓名', '性别', '民族', '公民身份号码', '学历', '人员类别', '入党时间', '转正时间', '所在党支部', '联系电话'], ...rows] }] };
}

describe('task pane in Chromium', () => {
  it('checks the roster, walks to an issue, highlights and writes the 汇总 sheet', async () => {
    const { page, outside, violations } = await open('taskpane.html', { seed: rosterSeed, office: { displayLanguage: 'zh-CN' }, latency: 10 });
    const excel = control(page);
    try {
      await page.getByLabel('统计截至').fill('2025-06-30');
      await page.getByRole('button', { name: '检查', exact: true }).click();
      await page.getByText('已识别为党员花名册').waitFor();

      expect(await page.getByRole('group', { name: '按类别筛选' }).getByRole('button').allTextContents()).toEqual(['错误 5', '警告 2', '提示 0']);
      const list = page.getByRole('region', { name: '问题列表' });
      expect(await list.locator('button[aria-expanded]').allTextContents()).toEqual([
        '身份证号校验码错误1',
        '性别与身份证号不符1',
        '缺少转正时间1',
        '身份证号重复1',
        '无效日期1',
        '预备期满未转正1',
        '联系电话无效1',
      ]);

      const marks = async () => (await excel.conditionalFormats('党员花名册'))?.flatMap((mark) => mark.areas.map((area) => `${area} ${mark.fill}`)).sort();
      await eventually(marks, ['C5 #FFC7CE', 'E3 #FFC7CE', 'E8 #FFC7CE', 'F9 #FFC7CE', 'H4 #FFEB9C', 'J7 #FFC7CE', 'L6 #FFEB9C']);

      await list.getByRole('button', { name: /^E3 · 公民身份号码/ }).click();
      await page.getByText('第 1 / 7 处').waitFor();
      await eventually(excel.selection, { sheet: '党员花名册', address: 'E3' });

      await page.getByRole('button', { name: '下一个' }).click();
      await page.getByText('第 2 / 7 处').waitFor();
      await eventually(excel.selection, { sheet: '党员花名册', address: 'C5' });

      // The README's picture is refreshed on request only, so a test run never changes tracked files.
      const picture = process.env['UPDATE_DOCS_SCREENSHOT'] === '1' ? resolve(repoRoot, 'docs/taskpane.png') : resolve(artifacts, 'taskpane.png');
      mkdirSync(dirname(picture), { recursive: true });
      await page.screenshot({ path: picture });

      await page.getByRole('button', { name: '生成汇总' }).click();
      await page.getByText('已生成“汇总”工作表。').waitFor({ timeout: 20_000 });
      expect(await excel.sheetNames()).toEqual(['党员花名册', '填表说明', '汇总']);
      expect(await excel.values('汇总', 'A1:A3')).toEqual([['党员基本情况汇总'], ['统计截至：2025-06-30'], ['数据来源：机关党委花名册.xlsx「党员花名册」，共 9 行']]);
      expect(await excel.values('汇总', 'A6:C7')).toEqual([
        ['指标', '人数', '占比'],
        ['党员总数', 9, ''],
      ]);
      expect(await excel.numberFormat('汇总', 'C8')).toBe('0.0%');
      expect((await excel.tables('汇总'))?.length).toBe(7);
      expect((await excel.charts('汇总'))?.map((chart) => [chart.type, chart.title])).toEqual([
        ['ColumnClustered', '各党支部党员数'],
        ['ColumnClustered', '年龄结构'],
        ['Pie', '学历结构'],
      ]);
      expect(outside).toEqual([]);
      expect(await violations()).toEqual([]);
    } catch (error) {
      await saveFailure(page, 'roster');
      throw error;
    } finally {
      await page.context().close();
    }
  }, 60_000);

  it('stays responsive on 20,000 rows with 10,000 issues, rendering only the rows in view', async () => {
    const { page, outside, violations } = await open('taskpane.html', { seed: largeRoster(), latency: 5 });
    try {
      await page.evaluate(() => {
        const durations: number[] = [];
        new PerformanceObserver((list) => durations.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask', buffered: true });
        window.__taizhangLongTasks = durations;
      });
      await page.getByLabel('统计截至').fill('2025-06-30');
      await page.getByRole('button', { name: '检查', exact: true }).click();
      await page.getByRole('status').waitFor();
      await page.getByText('已识别为党员花名册').waitFor({ timeout: 30_000 });
      const list = page.getByRole('region', { name: '问题列表' });
      expect(await page.getByRole('group', { name: '按类别筛选' }).getByRole('button').allTextContents()).toEqual(['错误 10000', '警告 0', '提示 0']);
      expect(await list.locator('button[aria-expanded]').allTextContents()).toEqual(['身份证号重复10000']);
      expect(await list.locator('li').count()).toBeLessThan(60);
      await list.evaluate((element) => element.scrollTo(0, element.scrollHeight));
      await list.getByRole('button', { name: /^E20001 · 公民身份号码/ }).waitFor();
      const longest = await page.evaluate(() => Math.max(0, ...(window.__taizhangLongTasks ?? [])));
      // Office restarts an add-in that does not respond for 5 s; the check itself runs in a worker.
      expect(longest).toBeLessThan(2000);
      expect(outside).toEqual([]);
      expect(await violations()).toEqual([]);
    } catch (error) {
      await saveFailure(page, 'large');
      throw error;
    } finally {
      await page.context().close();
    }
  }, 90_000);

  it('speaks English when Office does, and writes the summary from the ribbon command', async () => {
    const { page, outside, violations } = await open('taskpane.html', { seed: rosterSeed, office: { displayLanguage: 'en-US' } });
    try {
      await page.getByRole('button', { name: 'Check', exact: true }).waitFor();
      expect(await page.getByText('Ledger type').count()).toBe(1);
      const command = await open('commands.html', { seed: rosterSeed });
      await command.page.evaluate(() => window.__taizhang?.invokeCommand('generateSummary'));
      expect(await command.page.evaluate(() => window.__taizhang?.sheetNames())).toEqual(['党员花名册', '填表说明', '汇总']);
      expect(await command.page.evaluate(() => window.__taizhang?.dialogs())).toEqual([]);
      expect([...outside, ...command.outside]).toEqual([]);
      expect([...(await violations()), ...(await command.violations())]).toEqual([]);
      await command.page.context().close();
    } finally {
      await page.context().close();
    }
  }, 60_000);

  it('explains in a notice dialog when the ribbon command cannot summarise the sheet', async () => {
    const command = await open('commands.html', { seed: { sheets: [{ name: '说明', rows: [['这不是台账']] }] } });
    try {
      await command.page.evaluate(() => {
        const done = window.__taizhang?.invokeCommand('generateSummary');
        return Promise.race([done, new Promise((resolve) => setTimeout(resolve, 2000))]);
      });
      const dialogs = await command.page.evaluate(() => window.__taizhang?.dialogs());
      expect(dialogs).toHaveLength(1);
      const notice = new URL(dialogs?.[0] ?? '');
      expect(notice.pathname).toBe('/notice.html');
      expect(notice.searchParams.get('text')).toContain('没有认出这张表是哪种台账');
    } finally {
      await command.page.context().close();
    }
  }, 60_000);

  it('checks every sheet, reconciles them and writes a summary per ledger, reaching nothing outside', async () => {
    const { page, outside, violations } = await open('taskpane.html', { seed: ledgerWorkbook, latency: 5 });
    try {
      await page.getByLabel('统计截至').fill('2025-06-30');
      await page.getByRole('button', { name: '检查全部工作表' }).click();
      await page.getByText('已检查 3 张工作表，其中 2 张是台账。').waitFor({ timeout: 20_000 });
      await page.getByRole('tab', { name: /^「党组织」/ }).click();
      await page.getByRole('region', { name: '问题列表' }).getByRole('button', { name: /^E4 · 党员数/ }).click();
      await eventually(() => page.evaluate(() => window.__taizhang?.selection()), { sheet: '党组织', address: 'E4' });
      await page.getByRole('button', { name: '生成汇总' }).click();
      await page.getByText('已生成“汇总”、“汇总-党组织”、“汇总-台账核对”工作表。').waitFor({ timeout: 20_000 });
      expect(await page.evaluate(() => window.__taizhang?.sheetNames())).toEqual(['党员花名册', '填表说明', '党组织', '汇总', '汇总-党组织', '汇总-台账核对']);
      expect(outside).toEqual([]);
      expect(await violations()).toEqual([]);
    } catch (error) {
      await saveFailure(page, 'workbook');
      throw error;
    } finally {
      await page.context().close();
    }
  }, 60_000);

  it('tells the user of an Excel too old for it what to do, in the pane and from the ribbon', async () => {
    const { page } = await open('taskpane.html', { seed: rosterSeed, office: { excelApi: '1.8' } });
    const command = await open('commands.html', { seed: rosterSeed, office: { excelApi: '1.8' } });
    try {
      await page.getByText('此版本的 Excel 无法运行党建台账助手').waitFor();
      expect(await page.getByRole('button', { name: '检查', exact: true }).count()).toBe(0);
      await command.page.evaluate(() => {
        const done = window.__taizhang?.invokeCommand('generateSummary');
        return Promise.race([done, new Promise((resolve) => setTimeout(resolve, 2000))]);
      });
      const dialogs = await command.page.evaluate(() => window.__taizhang?.dialogs());
      expect(new URL(dialogs?.[0] ?? 'http://x').searchParams.get('title')).toBe('此版本的 Excel 无法运行党建台账助手');
      expect(await command.page.evaluate(() => window.__taizhang?.sheetNames())).toEqual(['党员花名册', '填表说明']);
    } finally {
      await command.page.context().close();
      await page.context().close();
    }
  }, 60_000);

  it('applies every safe fix, logs it on 修改记录, and undoes it back to the original cells', async () => {
    const { page, outside, violations } = await open('taskpane.html', { seed: fixableSeed, latency: 5 });
    const excel = control(page);
    const filters = () => page.getByRole('group', { name: '按类别筛选' }).getByRole('button').allTextContents();
    const original = [
      [' 王芳 ', '女', '汉', '320102198211050227'],
      ['刘洋', '男性', '汉族', '11010519850615201x'],
      ['陈静', '女', '汉族', ' 440304198001011220 '],
      ['赵磊', '男', '汉族', '410105790909031'],
    ];
    try {
      await page.getByLabel('统计截至').fill('2025-06-30');
      await page.getByRole('button', { name: '检查', exact: true }).click();
      await page.getByText('已识别为党员花名册').waitFor();
      expect(await filters()).toEqual(['错误 1', '警告 1', '提示 8']);

      await page.getByRole('button', { name: '全部修正（9 处）' }).click();
      await page.getByText('已修正 9 处，记入“修改记录”工作表。').waitFor({ timeout: 20_000 });
      expect(await filters()).toEqual(['错误 1', '警告 0', '提示 0']);
      expect(await excel.sheetNames()).toEqual(['党员花名册', '填表说明', '修改记录']);
      expect(await excel.values('修改记录', 'A1:F1')).toEqual([['时间', '工作表', '单元格', '原值', '新值', '规则']]);
      expect(await excel.values('修改记录', 'C2:F2')).toEqual([['B3', ' 王芳 ', '王芳', '去除多余空格']]);
      expect(await excel.values('党员花名册', 'B3:E6')).toEqual([
        ['王芳', '女', '汉族', '320102198211050227'],
        ['刘洋', '男', '汉族', '11010519850615201X'],
        ['陈静', '女', '汉族', '440304198001011220'],
        ['赵磊', '男', '汉族', '410105197909090315'],
      ]);
      expect(await excel.numberFormat('党员花名册', 'E5')).toBe('@');

      await page.getByRole('button', { name: '撤销上次修正' }).click();
      await page.getByText('已撤销 9 处修正，并删去了修改记录中的对应行。').waitFor({ timeout: 20_000 });
      expect(await excel.values('党员花名册', 'B3:E6')).toEqual(original);
      expect(await excel.values('党员花名册', 'I4')).toEqual([['2012.05.04']]);
      expect(await excel.numberFormat('党员花名册', 'I4')).toBe('yyyy/m/d');
      expect(await excel.numberFormat('党员花名册', 'E5')).toBeUndefined();
      expect(await excel.sheetNames()).toEqual(['党员花名册', '填表说明']);
      expect(await filters()).toEqual(['错误 1', '警告 1', '提示 8']);
      expect(outside).toEqual([]);
      expect(await violations()).toEqual([]);
    } catch (error) {
      await saveFailure(page, 'fixes');
      throw error;
    } finally {
      await page.context().close();
    }
  }, 60_000);
});
