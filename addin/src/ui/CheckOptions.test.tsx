/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom/jest-globals';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { prepareLayout, renderPane } from '../testing/renderPane';

beforeAll(prepareLayout);

async function ledgerOptions(label: string): Promise<string[]> {
  const user = userEvent.setup();
  await user.click(screen.getByRole('combobox', { name: label }));
  return (await screen.findAllByRole('option')).map((option) => option.textContent ?? '');
}

describe('the ledger type dropdown', () => {
  it('lists every ledger Taizhang knows, by its Chinese name, after 自动识别', async () => {
    renderPane();
    const options = await ledgerOptions('台账类型');
    expect(options[0]).toBe('自动识别');
    const ledgers = ['党员花名册', '发展党员台账', '党组织台账', '党费收缴台账', '党费缴纳记录', '三会一课记录'];
    expect(options.filter((option) => ledgers.includes(option))).toEqual(ledgers);
  });

  it('by its English name when Office is in English', async () => {
    renderPane({ locale: 'en' });
    const options = await ledgerOptions('Ledger type');
    const ledgers = ['Party member roster', 'Member development ledger', 'Party organisation ledger', 'Party dues ledger (by month)', 'Party dues payments', 'Branch meeting records'];
    expect(options.filter((option) => ledgers.includes(option))).toEqual(ledgers);
  });
});
