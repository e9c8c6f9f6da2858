import type { EnumOption } from '../templates/Template';

/** The meetings of 三会一课 and 组织生活 a 党支部 records (支部工作条例, RULES.md §5.1). */
export type MeetingType = '支部党员大会' | '支部委员会' | '党小组会' | '党课' | '主题党日' | '组织生活会' | '民主评议';

export const meetingTypes: readonly MeetingType[] = ['支部党员大会', '支部委员会', '党小组会', '党课', '主题党日', '组织生活会', '民主评议'];

export const meetingTypeOptions: readonly EnumOption[] = [
  { value: '支部党员大会', aliases: ['党员大会', '支部大会', '全体党员大会', '支部党员大会会议'] },
  { value: '支部委员会', aliases: ['支委会', '支部委员会会议', '支委会议', '支委会会议'] },
  { value: '党小组会', aliases: ['党小组会议', '党小组'] },
  { value: '党课', aliases: ['讲党课', '上党课'] },
  { value: '主题党日', aliases: ['主题党日活动', '党员活动日', '固定党日', '支部主题党日'] },
  { value: '组织生活会', aliases: ['专题组织生活会'] },
  { value: '民主评议', aliases: ['民主评议党员'] },
];

/** How often a meeting must be held. */
export type MeetingFrequency = 'month' | 'quarter' | 'halfYear' | 'year';

/**
 * RULES.md §5.1: 党员大会 quarterly, 支委会 and 党小组会 monthly, 主题党日 monthly, 组织生活会 and 民主评议
 * yearly; 党课 quarterly by the widespread local rule (RULES.md §10).
 */
export const defaultMeetingFrequencies: Readonly<Record<MeetingType, MeetingFrequency>> = {
  支部党员大会: 'quarter',
  支部委员会: 'month',
  党小组会: 'month',
  党课: 'quarter',
  主题党日: 'month',
  组织生活会: 'year',
  民主评议: 'year',
};
