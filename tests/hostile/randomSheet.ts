import { builtInTemplates, type FieldSpec, type Template } from '@taizhang/core';
import type { CellErrorValue, CellValue } from 'exceljs';
import fc from 'fast-check';
import { fictionalId } from './hostileCorpus';

/** A sheet as written: its cells by 0-based row and column (null leaves a cell unwritten). */
export interface RandomSheet {
  readonly name: string;
  readonly cells: readonly (readonly CellValue[])[];
}

/** Characters of real sheets and the odd ones that break naive readers (full-width space, BOM, 𠀀, emoji). */
const characters = [...'王李张刘陈党员支部委员会正式预备男女汉族回0123456789Xx-./年月日:', ' ', '\u3000', '\u00a0', '\ufeff', '\t', '\n', ',', '"', "'", '𠀀', '䶮', '😀', '<', '&'];
const text = fc.string({ unit: fc.constantFrom(...characters), maxLength: 24 });

const idText = fc.oneof(
  fc
    .tuple(fc.date({ min: new Date(Date.UTC(1930, 0, 1)), max: new Date(Date.UTC(2010, 11, 31)), noInvalidDate: true }), fc.integer({ min: 0, max: 999 }))
    .map(([birth, sequence]) => fictionalId(birth.toISOString().slice(0, 10).replaceAll('-', ''), String(sequence).padStart(3, '0'))),
  fc.stringMatching(/^\d{15}$|^\d{17}[\dXx]$|^\d{6} \d{8} \d{3}[\dX]$/),
);

const dateText = fc.constantFrom('1985.03', '1985-03-12', '1985年3月12日', '19850312', '1899.12', '2031.05', '2010/7/1', '1985.02.30', '2024.13');

const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 10_000_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 1, 59, 60, 61, 1985.03, 19850312, 31118, 341122198503120400, 13912345678),
);

const date = fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true });

const errorValue = fc
  .constantFrom<CellErrorValue['error']>('#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!')
  .map((error): CellErrorValue => ({ error }));

/** Any value a cell can hold, with formulas, rich text and hyperlinks around plain values. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 8, arbitrary: fc.oneof(text, idText, dateText, number, date, fc.boolean(), errorValue) },
  { weight: 1, arbitrary: fc.oneof(text, number, date, fc.boolean(), errorValue).map((result): CellValue => ({ formula: 'A1', result })) },
  { weight: 1, arbitrary: fc.array(text, { minLength: 1, maxLength: 3 }).map((parts): CellValue => ({ richText: parts.map((part) => ({ text: part })) })) },
  { weight: 1, arbitrary: text.map((shown): CellValue => ({ text: shown, hyperlink: 'https://example.org/' })) },
);

/** Values a column of this field plausibly holds, right or wrong. */
function fieldValue(field: FieldSpec): fc.Arbitrary<CellValue> {
  const options = (field.options ?? []).flatMap((option) => [option.value, ...(option.aliases ?? []), ...(option.synonyms ?? [])]);
  switch (field.type) {
    case 'idNumber':
      return idText;
    case 'date':
      return fc.oneof(date, dateText, number);
    case 'enum':
      return options.length > 0 ? fc.constantFrom(...options) : text;
    case 'integer':
    case 'number':
      return fc.oneof(number, fc.integer({ min: 0, max: 200 }));
    case 'phone':
      return fc.oneof(fc.stringMatching(/^1[3-9]\d{9}$/), fc.constantFrom('0550-5012345', '12345'));
    case 'text':
      return text;
  }
}

interface Column {
  readonly header: CellValue;
  readonly value: fc.Arbitrary<CellValue>;
}

/** The columns of one template in random order and number (its signature always there), and stray ones. */
function columnsOf(template: Template): fc.Arbitrary<Column[]> {
  const fieldColumn = (field: FieldSpec) =>
    fc.constantFrom(field.label, ...field.aliases).map((header): Column => ({ header, value: fc.oneof({ weight: 4, arbitrary: fieldValue(field) }, { weight: 1, arbitrary: cellValue }) }));
  const signature = template.fields.filter((field) => template.signature.includes(field.id));
  const others = template.fields.filter((field) => !template.signature.includes(field.id));
  const stray = fc.oneof(text, fc.constant(null)).map((header): Column => ({ header, value: cellValue }));
  return fc
    .tuple(fc.tuple(...signature.map(fieldColumn)), fc.shuffledSubarray(others, { maxLength: Math.min(10, others.length) }).chain((fields) => fc.tuple(...fields.map(fieldColumn))), fc.array(stray, { maxLength: 2 }))
    .chain(([required, optional, strays]) => fc.shuffledSubarray([...required, ...optional, ...strays], { minLength: required.length + optional.length + strays.length }));
}

/**
 * A small sheet with a header anywhere: a few rows of anything, then the header of a built-in template
 * (or of nothing) at a random column, then data rows whose cells mostly fit their columns.
 */
export const randomSheet: fc.Arbitrary<RandomSheet> = fc
  .record({
    name: fc.constantFrom('花名册', 'Sheet1', '教育局 (2)', '党员信息'),
    above: fc.array(fc.array(cellValue, { maxLength: 6 }), { maxLength: 5 }),
    indent: fc.integer({ min: 0, max: 4 }),
    columns: fc.oneof(fc.constantFrom(...builtInTemplates).chain(columnsOf), fc.array(fc.constant<Column>({ header: null, value: cellValue }), { maxLength: 6 })),
  })
  .chain(({ name, above, indent, columns }) =>
    fc.array(fc.tuple(...columns.map((column) => column.value)), { maxLength: 10 }).map((data): RandomSheet => {
      const padding = Array<CellValue>(indent).fill(null);
      return { name, cells: [...above, [...padding, ...columns.map((column) => column.header)], ...data.map((row) => [...padding, ...row])] };
    }),
  );
