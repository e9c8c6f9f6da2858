import { ethnicityOptions } from '../codes/ethnicities';
import { withBirthDateFromId } from '../checks/birthOfId';
import { rosterRowRules, rosterTableRules } from '../checks/rosterRules';
import { birthDateField, educationField, idNumberField, sexField } from './personFields';
import type { Template } from './Template';

const yesNo = [
  { value: '是', aliases: ['Y', 'y'] },
  { value: '否', aliases: ['N', 'n'] },
];

/**
 * 党员花名册: the national 16-item 党员基本信息采集表 and its local variants (RULES.md §1.1–1.3).
 * Header aliases are those seen in real sheets (§1.3).
 */
export const rosterTemplate: Template = {
  id: 'roster',
  name: { 'zh-CN': '党员花名册', en: 'Party member roster' },
  signature: ['name', 'joinDate'],
  decisive: ['category'],
  fields: [
    { id: 'name', label: '姓名', aliases: ['党员姓名'], type: 'text', required: true },
    { ...sexField, required: true },
    { id: 'ethnicity', label: '民族', aliases: [], type: 'enum', options: ethnicityOptions },
    idNumberField,
    birthDateField,
    educationField,
    {
      id: 'category',
      label: '人员类别',
      aliases: ['党员类别', '党籍状况', '党籍状态', '党员身份'],
      type: 'enum',
      required: true,
      onlyWhenValuesMatch: true,
      options: [
        { value: '正式党员', aliases: ['正式'] },
        { value: '预备党员', aliases: ['预备'] },
      ],
    },
    { id: 'branch', label: '所在党支部', aliases: ['所属党支部', '党支部名称', '所在党支部全称', '支部', '党支部'], type: 'text', required: true },
    { id: 'joinDate', label: '入党时间', aliases: ['加入党组织日期', '入党日期', '入党年月'], type: 'date', required: true },
    { id: 'confirmDate', label: '转正时间', aliases: ['转为正式党员日期', '转正日期'], type: 'date' },
    { id: 'position', label: '工作岗位', aliases: ['职业', '工作单位及职务'], type: 'text' },
    { id: 'phone', label: '联系电话', aliases: ['手机号', '手机号码', '手机', '移动电话', '固定电话', '电话'], type: 'phone' },
    { id: 'address', label: '家庭住址', aliases: ['住址', '现居住地', '联系地址'], type: 'text' },
    {
      id: 'partyStatus',
      label: '党籍状态',
      aliases: ['党籍状况'],
      type: 'enum',
      onlyWhenValuesMatch: true,
      options: [{ value: '正常' }, { value: '停止党籍' }],
    },
    { id: 'lostContact', label: '是否失联', aliases: ['是否为失联党员', '是否失联党员'], type: 'enum', options: yesNo },
    { id: 'floating', label: '是否流动', aliases: ['是否为流动党员', '是否流动党员'], type: 'enum', options: yesNo },
  ],
  rowRules: rosterRowRules,
  tableRules: rosterTableRules,
  derive: withBirthDateFromId,
};
