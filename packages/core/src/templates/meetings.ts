import { datesNotAfterAsOf } from '../checks/datesNotAfterAsOf';
import { generalMeetingQuorum, meetingAttendance } from '../checks/meetingAttendance';
import { meetingInPeriod } from '../checks/meetingInPeriod';
import { meetingTypeOptions } from '../codes/meetingTypes';
import type { PartialDate } from '../dates/PartialDate';
import type { RowRule, Template } from './Template';

export interface MeetingsTemplateOptions {
  /** The period the register covers (e.g. one year); meetings dated outside it are flagged. */
  readonly period?: { readonly from: PartialDate; readonly to: PartialDate };
}

/**
 * 三会一课 / 组织生活 records: one row per meeting, with the columns of real record sheets (owip
 * 三会一课录入样表, RULES.md §5.1, §8). The signature needs 会议类型 and 会议时间.
 */
export function createMeetingsTemplate(options: MeetingsTemplateOptions = {}): Template {
  const rowRules: RowRule[] = [datesNotAfterAsOf(['meetingDate']), meetingAttendance, generalMeetingQuorum];
  if (options.period !== undefined) rowRules.push(meetingInPeriod(options.period));
  return {
    id: 'meetings',
    name: { 'zh-CN': '三会一课记录', en: 'Branch meeting records' },
    signature: ['meetingType', 'meetingDate'],
    fields: [
      { id: 'branch', label: '所在党支部', aliases: ['所属党支部', '党支部名称', '党支部', '支部', '支部名称', '党组织名称'], type: 'text', required: true },
      { id: 'meetingType', label: '会议类型', aliases: ['会议类别', '活动类型', '类型', '会议形式'], type: 'enum', required: true, options: meetingTypeOptions },
      { id: 'meetingDate', label: '会议时间', aliases: ['实际会议时间', '会议日期', '召开时间', '实际时间', '活动时间', '开会时间', '日期', '时间'], type: 'date', required: true },
      { id: 'host', label: '主持人', aliases: ['会议主持人', '主持'], type: 'text' },
      { id: 'recorder', label: '记录人', aliases: ['会议记录人', '记录'], type: 'text' },
      { id: 'place', label: '会议地点', aliases: ['地点', '活动地点'], type: 'text' },
      { id: 'expected', label: '应到人数', aliases: ['应到', '应参会人数', '应出席人数'], type: 'integer' },
      { id: 'present', label: '实到人数', aliases: ['实到', '参会人数', '出席人数', '实际参会人数'], type: 'integer' },
      { id: 'onLeave', label: '请假人数', aliases: ['请假', '缺席人数'], type: 'integer' },
      { id: 'topic', label: '会议议题', aliases: ['议题', '会议主题', '会议名称', '主要内容', '会议内容', '活动名称'], type: 'text' },
    ],
    rowRules,
    tableRules: [],
  };
}

export const meetingsTemplate: Template = createMeetingsTemplate();
