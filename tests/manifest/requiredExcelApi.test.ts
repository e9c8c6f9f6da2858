import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { requiredExcelApi } from '../../addin/src/office/officeEnvironment';
import { repoRoot } from '../support/buildAddin';

describe('the requirement-set check at start', () => {
  it('asks Office for the ExcelApi version the manifest declares', () => {
    const manifest = readFileSync(resolve(repoRoot, 'manifest.xml'), 'utf8');
    expect(/<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1]).toBe(requiredExcelApi);
  });
});
