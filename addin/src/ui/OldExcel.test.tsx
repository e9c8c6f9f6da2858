/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom/jest-globals';
import { describe, expect, it } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { OldExcel } from './OldExcel';

describe('OldExcel', () => {
  it('tells a user of an old Excel what to do instead of showing a broken pane', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <OldExcel locale="zh-CN" />
      </FluentProvider>,
    );
    expect(screen.getByText('此版本的 Excel 无法运行党建台账助手')).toBeInTheDocument();
    expect(screen.getByText(/需要 Excel 2021 或更高版本、Microsoft 365 或网页版 Excel/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '检查' })).not.toBeInTheDocument();
  });

  it('in English when Office is', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <OldExcel locale="en" />
      </FluentProvider>,
    );
    expect(screen.getByText(/needs Excel 2021 or later, Microsoft 365 or Excel on the web/)).toBeInTheDocument();
  });
});
