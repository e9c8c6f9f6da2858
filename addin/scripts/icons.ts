/** The add-in's icons as SVG, drawn on a 32-unit grid so they stay crisp down to 16 px. */
const frame = (content: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="1" y="1" width="30" height="30" rx="6" fill="#C8102E"/>${content}</svg>`;

/** A ledger sheet with a check mark: the add-in, its ribbon group and 检查本表. */
export const checkIcon = frame(
  [
    '<rect x="7" y="5" width="16" height="21" rx="2" fill="#FFFFFF"/>',
    '<path d="M10.5 10.5h9M10.5 14.5h9M10.5 18.5h5" stroke="#E7A1A9" stroke-width="2" stroke-linecap="round"/>',
    '<circle cx="22.5" cy="22.5" r="6.5" fill="#FFC83D" stroke="#C8102E" stroke-width="1.5"/>',
    '<path d="M19.4 22.6l2.2 2.2 4-4.2" fill="none" stroke="#7A0A18" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>',
  ].join(''),
);

/** A bar chart: 生成汇总. */
export const summaryIcon = frame(
  [
    '<path d="M7 25.5h18" stroke="#FFFFFF" stroke-width="2" stroke-linecap="round"/>',
    '<rect x="8.5" y="15" width="4" height="9" rx="1" fill="#FFFFFF"/>',
    '<rect x="14" y="8" width="4" height="16" rx="1" fill="#FFC83D"/>',
    '<rect x="19.5" y="12" width="4" height="12" rx="1" fill="#FFFFFF"/>',
  ].join(''),
);

export const iconSets = [
  { name: 'icon', svg: checkIcon, sizes: [16, 32, 64, 80] },
  { name: 'summary', svg: summaryIcon, sizes: [16, 32, 80] },
] as const;
