import { activistPeriod } from '../checks/activistPeriod';
import { applicantAge } from '../checks/applicantAge';
import { withBirthDateFromId } from '../checks/birthOfId';
import { datesNotAfterAsOf } from '../checks/datesNotAfterAsOf';
import { developmentDateOrder } from '../checks/developmentDateOrder';
import { developmentProbation } from '../checks/developmentProbation';
import { developmentStage } from '../checks/developmentStage';
import { idMatchesBirthDate } from '../checks/idMatchesBirthDate';
import { idMatchesSex } from '../checks/idMatchesSex';
import { samePersonDifferentIds } from '../checks/samePersonDifferentIds';
import { talkWithinMonth } from '../checks/talkWithinMonth';
import { trainingHours } from '../checks/trainingHours';
import { developmentStageOptions } from '../codes/developmentStages';
import { birthDateField, educationField, idNumberField, sexField } from './personFields';
import type { Template } from './Template';

const dateFields = ['birthDate', 'applicationDate', 'talkDate', 'activistDate', 'candidateDate', 'trainingDate', 'joinDate', 'confirmDate'];

/**
 * 发展党员台账: one row per person in the pipeline, with the date of each stage (细则; RULES.md §4). The
 * signature needs the 申请书 and 积极分子 dates, which a roster rarely has; a roster that has them and
 * states 人员类别 stays a roster (`Template.decisive`). Aliases include the owip 党员发展 template (§8).
 */
export const developmentTemplate: Template = {
  id: 'development',
  name: { 'zh-CN': '发展党员台账', en: 'Member development ledger' },
  signature: ['name', 'applicationDate', 'activistDate'],
  fields: [
    { id: 'name', label: '姓名', aliases: ['申请人姓名'], type: 'text', required: true },
    sexField,
    idNumberField,
    birthDateField,
    educationField,
    { id: 'branch', label: '所在党支部', aliases: ['所属党支部', '联系党支部', '党支部名称', '所在党支部全称', '支部', '党支部'], type: 'text' },
    {
      id: 'applicationDate',
      label: '提交入党申请书时间',
      aliases: ['提交书面申请书时间', '申请入党时间', '递交入党申请书时间', '入党申请时间', '提交入党申请时间', '递交申请书时间', '申请书时间'],
      type: 'date',
    },
    { id: 'talkDate', label: '谈话时间', aliases: ['谈话日期', '派人谈话时间', '党组织派人谈话时间', '谈心谈话时间'], type: 'date' },
    {
      id: 'activistDate',
      label: '确定为入党积极分子时间',
      aliases: ['确定入党积极分子时间', '确定积极分子时间', '列为入党积极分子时间', '确定为积极分子时间', '入党积极分子时间', '入党积极份子时间'],
      type: 'date',
    },
    { id: 'contact', label: '培养联系人', aliases: ['培养人', '培养联系人姓名'], type: 'text' },
    { id: 'candidateDate', label: '确定为发展对象时间', aliases: ['确定发展对象时间', '列为发展对象时间', '发展对象时间'], type: 'date' },
    { id: 'introducers', label: '入党介绍人', aliases: ['介绍人', '介绍人姓名'], type: 'text' },
    { id: 'trainingDate', label: '集中培训时间', aliases: ['培训时间', '发展对象培训时间', '发展对象培训起始时间', '短期集中培训时间'], type: 'date' },
    { id: 'trainingHours', label: '培训学时', aliases: ['集中培训学时', '学时', '培训时长'], type: 'number' },
    { id: 'joinDate', label: '入党时间', aliases: ['接收为预备党员时间', '接收预备党员时间', '入党日期', '吸收为预备党员时间'], type: 'date' },
    { id: 'confirmDate', label: '转正时间', aliases: ['转正日期', '转为正式党员时间', '转为正式党员日期', '预备党员转正时间'], type: 'date' },
    { id: 'stage', label: '当前阶段', aliases: ['当前发展阶段', '发展阶段', '所处阶段'], type: 'enum', options: developmentStageOptions },
  ],
  rowRules: [
    idMatchesSex,
    idMatchesBirthDate,
    datesNotAfterAsOf(dateFields),
    developmentDateOrder,
    applicantAge,
    talkWithinMonth,
    activistPeriod,
    trainingHours,
    developmentStage,
    developmentProbation,
  ],
  tableRules: [samePersonDifferentIds],
  derive: withBirthDateFromId,
};
