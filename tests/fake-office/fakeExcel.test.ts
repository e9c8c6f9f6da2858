import { describe, expect, it } from '@jest/globals';
import { createFakeExcel, payloadLimit } from './fakeExcel';
import { valuesAt } from './workbook';

const roster = {
  name: '花名册.xlsx',
  sheets: [
    {
      name: '花名册',
      rows: [
        ['姓名', '性别', '出生日期'],
        ['张三', '男', 31048],
        ['李四', { error: '#N/A', formula: true }, 29221],
      ],
    },
    { name: '说明', rows: [['填表说明']] },
  ],
};

describe('fake Excel host', () => {
  it('throws PropertyNotLoaded for a property read before load and sync, like Office.js', async () => {
    const fake = createFakeExcel(roster);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('花名册').getRange('A1:C2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([
        ['姓名', '性别', '出生日期'],
        ['张三', '男', 31048],
      ]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies writes only at sync', async () => {
    const fake = createFakeExcel(roster);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('花名册').getRange('A2').values = [['王五']];
      expect(valuesAt(fake.workbook, '花名册', 'A2')).toEqual([['张三']]);
      await context.sync();
      expect(valuesAt(fake.workbook, '花名册', 'A2')).toEqual([['王五']]);
    });
  });

  it('turns numeric text into numbers unless the cell is formatted as text, as Excel does', async () => {
    const fake = createFakeExcel(roster);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('说明');
      sheet.getRange('A2:B2').numberFormat = [['General', '@']];
      sheet.getRange('A2:B2').values = [['0012', '0012']];
      await context.sync();
    });
    expect(valuesAt(fake.workbook, '说明', 'A2:B2')).toEqual([[12, '0012']]);
  });

  it('reports error cells through valueTypes and special cells', async () => {
    const fake = createFakeExcel(roster);
    await fake.run(async (context) => {
      const used = context.workbook.worksheets.getItem('花名册').getUsedRange(true);
      used.load('valueTypes');
      const errors = used.getSpecialCellsOrNullObject('Formulas', 'Errors');
      errors.load('address');
      const constants = used.getSpecialCellsOrNullObject('Constants', 'Errors');
      constants.load('address');
      await context.sync();
      expect(used.valueTypes[2]).toEqual(['String', 'Error', 'Double']);
      expect(errors.address).toBe('花名册!B3');
      expect(constants.isNullObject).toBe(true);
    });
  });

  it('fails the sync with ItemNotFound for a sheet that does not exist, and gives a null object instead when asked', async () => {
    const fake = createFakeExcel(roster);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('汇总').load('name');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound', name: 'RichApi.Error' });
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('汇总');
      sheet.load('name');
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
    });
  });

  it('lists collection items after loading them', async () => {
    const fake = createFakeExcel(roster);
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/position');
      await context.sync();
      expect(sheets.items.map((sheet) => [sheet.name, sheet.position])).toEqual([
        ['花名册', 0],
        ['说明', 1],
      ]);
    });
  });

  it('counts one request and one response per sync, with their JSON sizes', async () => {
    const fake = createFakeExcel(roster);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('花名册').getRange('A1:C1');
      range.load('values');
      await context.sync();
      await context.sync();
    });
    expect(fake.syncs).toHaveLength(1);
    const [sync] = fake.syncs;
    // The response carries {"results":[{"action":0,"data":{"values":[["姓名","性别","出生日期"]]}}]}: 8 Chinese characters of 3 bytes.
    expect(sync?.responseBytes).toBe(Buffer.byteLength('{"results":[{"action":0,"data":{"values":[["姓名","性别","出生日期"]]}}]}'));
    expect(sync?.requestBytes).toBeGreaterThan(0);
  });

  it('refuses a response over 5 MB like Excel on the web', async () => {
    const long = 'x'.repeat(1000);
    const fake = createFakeExcel({ sheets: [{ name: 'S', rows: Array.from({ length: 6000 }, () => [long]) }] });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1:A6000').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(fake.syncs[0]?.responseBytes).toBeGreaterThan(payloadLimit);
  });

  it('fails an injected sync part-way, keeping what ran before the failure', async () => {
    const fake = createFakeExcel(roster);
    fake.failSync(1, { afterActions: 1 });
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('说明');
        sheet.getRange('A2').values = [['一']];
        sheet.getRange('A3').values = [['二']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(valuesAt(fake.workbook, '说明', 'A2:A3')).toEqual([['一'], ['']]);
  });

  it('names members it does not implement instead of returning undefined', async () => {
    const fake = createFakeExcel(roster);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('花名册');
      expect(() => (sheet as unknown as { showGridlines: unknown }).showGridlines).toThrow('fake-office does not implement Worksheet.showGridlines');
    });
  });

  it('keeps an object made by an action bound to what it made, across syncs', async () => {
    const fake = createFakeExcel(roster);
    await fake.run(async (context) => {
      const added = context.workbook.worksheets.add('新表');
      await context.sync();
      added.name = '改名';
      added.load('name,position');
      await context.sync();
      expect([added.name, added.position]).toEqual(['改名', 2]);
    });
  });
});
