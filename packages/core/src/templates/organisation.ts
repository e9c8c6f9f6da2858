import { branchTooLarge } from '../checks/branchTooLarge';
import { branchTooSmall } from '../checks/branchTooSmall';
import { datesNotAfterAsOf } from '../checks/datesNotAfterAsOf';
import { duplicateOrganisations } from '../checks/duplicateOrganisations';
import { electionOverdue } from '../checks/electionOverdue';
import { fullMembersWithinMembers } from '../checks/fullMembersWithinMembers';
import { withOrganisationKind } from '../checks/organisationFacts';
import { organisationTypeKnown } from '../checks/organisationTypeKnown';
import { gradeOptions, type OrganisationGrade } from '../codes/organisationGrades';
import type { Template } from './Template';

export interface OrganisationTemplateOptions {
  /**
   * Other grade spellings the user chose to read as a 三分类 grade, such as the four-level 好 → 先进,
   * 较好 → 一般, 较差 → 后进 (RULES.md §10: map it only when the user chooses a mapping).
   */
  readonly gradeMapping?: Readonly<Partial<Record<string, OrganisationGrade>>>;
}

/**
 * 党组织台账: one row per 党组织 with its kind, size, last 换届 and 三分类 grades (RULES.md §5.2, §6.3,
 * §7, §10). Aliases include the owip 党支部 and 基层党组织 import templates (§8). The kind is read off 组织类别
 * or, failing that, the full name.
 */
export function createOrganisationTemplate(options: OrganisationTemplateOptions = {}): Template {
  const grades = gradeOptions(options.gradeMapping);
  return {
    id: 'organisation',
    name: { 'zh-CN': '党组织台账', en: 'Party organisation ledger' },
    signature: ['orgName'],
    fields: [
      { id: 'orgName', label: '党组织名称', aliases: ['名称', '组织名称', '党组织全称', '党组织', '党支部名称', '支部名称', '党组织名称全称'], type: 'text', required: true },
      { id: 'orgType', label: '组织类别', aliases: ['党组织类别', '组织类型', '党组织类型', '支部类别', '党总支类别', '类别', '类型'], type: 'text' },
      { id: 'parent', label: '上级党组织', aliases: ['所属党组织', '上级党委', '所属分党委', '所属党委', '隶属党组织', '上级党组织名称'], type: 'text' },
      { id: 'secretary', label: '党组织书记', aliases: ['书记', '支部书记', '书记姓名', '党组织书记姓名'], type: 'text' },
      { id: 'members', label: '党员数', aliases: ['党员人数', '党员总数', '党员数量'], type: 'integer' },
      { id: 'fullMembers', label: '正式党员数', aliases: ['正式党员人数', '其中正式党员', '正式党员'], type: 'integer' },
      { id: 'foundedDate', label: '成立时间', aliases: ['成立日期', '建立时间', '组建时间'], type: 'date' },
      { id: 'lastElection', label: '上次换届时间', aliases: ['换届时间', '上届换届时间', '最近换届时间', '本届选举时间', '选举时间', '换届日期'], type: 'date' },
      { id: 'lastGrade', label: '上年定级', aliases: ['上年度分类', '上年类别', '上年度定级', '上年分类', '上年度类别'], type: 'enum', options: grades },
      { id: 'grade', label: '本年定级', aliases: ['本年度分类', '本年类别', '定级结果', '本年度定级', '本年分类', '本年度类别'], type: 'enum', options: grades },
      {
        id: 'improved',
        label: '是否大幅提升',
        aliases: ['大幅提升', '是否大幅度提升'],
        type: 'enum',
        options: [
          { value: '是', aliases: ['Y', 'y'] },
          { value: '否', aliases: ['N', 'n'] },
        ],
      },
    ],
    rowRules: [
      organisationTypeKnown,
      datesNotAfterAsOf(['foundedDate', 'lastElection']),
      fullMembersWithinMembers,
      branchTooSmall,
      branchTooLarge,
      electionOverdue,
    ],
    tableRules: [duplicateOrganisations],
    derive: withOrganisationKind,
  };
}

export const organisationTemplate: Template = createOrganisationTemplate();
