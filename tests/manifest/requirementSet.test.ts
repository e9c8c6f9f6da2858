/**
 * The add-in can only use what the fake Excel host implements (the fake refuses any other member, and
 * the adapter's tests run on it), so checking the fake's members against the API sets documented in
 * @types/office-js shows the manifest asks for the lowest ExcelApi version the code needs.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { specs } from '../fake-office/excelModel';
import { repoRoot } from '../support/buildAddin';

/** `[Api set: ExcelApi 1.9]` of every member of every class in the Excel namespace. */
function documentedSets(): Map<string, string> {
  const lines = readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8').split('\n');
  const sets = new Map<string, string>();
  let namespace = '';
  let className = '';
  let comment: string[] = [];
  let inComment = false;
  for (const line of lines) {
    const trimmed = line.trim();
    namespace = /^declare namespace (\w+)/.exec(line)?.[1] ?? namespace;
    if (trimmed.startsWith('/**')) {
      inComment = true;
      comment = [];
    }
    if (inComment) {
      comment.push(trimmed);
      if (trimmed.endsWith('*/')) inComment = false;
      continue;
    }
    const set = /\[Api set: (ExcelApi [\d.]+)/.exec(comment.join(' '))?.[1];
    const declaredClass = /^ {4}class (\w+)/.exec(line)?.[1];
    if (declaredClass !== undefined) className = declaredClass;
    const member = /^ {8}(?:readonly )?(\w+)\??[(:<]/.exec(line)?.[1];
    const key = `${namespace}.${className}.${member}`;
    if (member !== undefined && namespace === 'Excel' && set !== undefined && !sets.has(key)) sets.set(key, set);
    if (trimmed !== '' && !trimmed.startsWith('*')) comment = [];
  }
  return sets;
}

function version(set: string): number[] {
  return set.replace('ExcelApi ', '').split('.').map(Number);
}

function atMost(set: string, limit: string): boolean {
  const [major = 0, minor = 0] = version(set);
  const [limitMajor = 0, limitMinor = 0] = version(limit);
  return major < limitMajor || (major === limitMajor && minor <= limitMinor);
}

describe('requirement set', () => {
  const manifest = readFileSync(resolve(repoRoot, 'manifest.xml'), 'utf8');
  const declared = `ExcelApi ${/<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1] ?? '?'}`;
  const sets = documentedSets();
  const members = Object.entries(specs).flatMap(([type, spec]) =>
    [...Object.keys(spec.props ?? {}), ...Object.keys(spec.nav ?? {}), ...Object.keys(spec.methods ?? {})].map((member) => `Excel.${type}.${member}`),
  );

  it('covers every member the fake host offers with a documented API set', () => {
    expect(members.filter((member) => !sets.has(member))).toEqual([]);
  });

  it('needs nothing above the ExcelApi version the manifest declares', () => {
    expect(declared).toBe('ExcelApi 1.9');
    expect(members.filter((member) => !atMost(sets.get(member) ?? 'ExcelApi 99', declared))).toEqual([]);
  });

  it('needs that version: something the add-in uses is new in it', () => {
    expect(members.filter((member) => sets.get(member) === declared)).toEqual(
      expect.arrayContaining(['Excel.Worksheet.getRanges', 'Excel.Range.getSpecialCellsOrNullObject', 'Excel.RangeAreas.conditionalFormats']),
    );
  });
});
