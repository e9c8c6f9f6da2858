import { educationOptions } from '../codes/education';
import type { FieldSpec } from './Template';

/** Columns that describe a person the same way in every ledger that lists people (RULES.md §1.3). */
export const sexField: FieldSpec = {
  id: 'sex',
  label: '性别',
  aliases: [],
  type: 'enum',
  options: [
    { value: '男', aliases: ['男性', 'M', 'm'] },
    { value: '女', aliases: ['女性', 'F', 'f'] },
  ],
};

export const idNumberField: FieldSpec = {
  id: 'idNumber',
  label: '公民身份号码',
  aliases: ['公民身份证号', '公民身份证号码', '身份证号', '身份证号码', '身份号码', '身份证'],
  type: 'idNumber',
  unique: true,
};

export const birthDateField: FieldSpec = { id: 'birthDate', label: '出生日期', aliases: ['出生年月', '出生年月日'], type: 'date' };

export const educationField: FieldSpec = { id: 'education', label: '学历', aliases: ['最高学历', '文化程度'], type: 'enum', options: educationOptions };
