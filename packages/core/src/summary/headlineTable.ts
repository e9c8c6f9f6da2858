import type { Summary, SummaryTable } from './Summary';

/** The headline figures as a table (主要指标), the form every renderer writes them in. */
export function headlineTable(summary: Summary): SummaryTable {
  return {
    id: 'headline',
    title: '主要指标',
    columns: [
      { key: 'label', label: '指标', format: 'text' },
      { key: 'count', label: '人数', format: 'count' },
      { key: 'share', label: '占比', format: 'percent' },
    ],
    rows: Object.values(summary.headline).map((figure) => ({
      label: figure.label,
      values: figure.share === undefined ? { count: figure.count } : { count: figure.count, share: figure.share },
    })),
  };
}
