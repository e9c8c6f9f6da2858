/**
 * manifest.xml checked offline: `office-addin-manifest validate` posts to a Microsoft service, so the
 * schema check runs xmllint against the XSDs in tests/fixtures/office-schemas, and the rest is read with
 * xmllint's XPath.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildAddin, repoRoot } from '../support/buildAddin';

const manifest = resolve(repoRoot, 'manifest.xml');
const schemas = process.env.OFFICE_SCHEMAS ?? resolve(repoRoot, 'tests/fixtures/office-schemas');
const origin = 'https://localhost:3000/';
const officeJs = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function xmllint(args: readonly string[]): { status: number | null; out: string; err: string } {
  const result = spawnSync('xmllint', args, { encoding: 'utf8' });
  if (result.error !== undefined) throw new Error(`xmllint is needed (apt-get install libxml2-utils): ${result.error.message}`);
  return { status: result.status, out: result.stdout, err: result.stderr };
}

/** Values of the attributes an XPath selects (`//@id`), in document order; none when nothing matches. */
function attributes(xpath: string): string[] {
  const { out } = xmllint(['--xpath', xpath, manifest]);
  return [...out.matchAll(/[\w:]+="([^"]*)"/g)].map((match) => match[1] ?? '');
}

/** The text of the first element an XPath selects. */
function text(xpath: string): string {
  return xmllint(['--xpath', `string(${xpath})`, manifest]).out.trim();
}

const element = (name: string) => `//*[local-name()='${name}']`;

let dist: string;

beforeAll(() => {
  dist = buildAddin();
}, 120_000);

afterAll(() => {
  if (dist !== undefined) rmSync(dist, { recursive: true, force: true });
});

describe('manifest.xml', () => {
  it('is valid against the Office add-in manifest schemas (VersionOverrides V1_0)', () => {
    const result = xmllint(['--noout', '--schema', join(schemas, 'OfficeAppManifestV1_1.xsd'), manifest]);
    expect(result.err.trim()).toBe(`${manifest} validates`);
    expect(result.status).toBe(0);
  });

  it('points every URL at a file the build produces', () => {
    const urls = [...attributes('//@DefaultValue'), ...attributes('//@Value')].filter((value) => value.startsWith('http'));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url.startsWith(origin) ? url : `not served by pnpm start: ${url}`).toBe(url);
      expect([url, existsSync(join(dist, url.slice(origin.length)))]).toEqual([url, true]);
    }
  });

  it('has pages that load office.js from Microsoft and everything else from the add-in itself', () => {
    for (const page of ['taskpane.html', 'commands.html', 'notice.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
      expect(references).toContain(officeJs);
      for (const reference of references.filter((each) => each !== officeJs)) {
        expect([page, reference, existsSync(join(dist, reference))]).toEqual([page, reference, true]);
      }
    }
  });

  it('gives every id once', () => {
    const ids = attributes('//@id');
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('resolves every resid to a resource of the right kind, and uses every resource', () => {
    const kinds = [
      { resource: 'Images', users: ['Image'] },
      { resource: 'Urls', users: ['SourceLocation', 'FunctionFile', 'LearnMoreUrl'] },
      { resource: 'ShortStrings', users: ['Label', 'Title'] },
      { resource: 'LongStrings', users: ['Description'] },
    ];
    const used = new Set<string>();
    for (const { resource, users } of kinds) {
      const defined = attributes(`${element(resource)}/*/@id`);
      for (const user of users) {
        for (const resid of attributes(`${element(user)}/@resid`)) {
          expect([user, resid, defined.includes(resid)]).toEqual([user, resid, true]);
          used.add(resid);
        }
      }
    }
    expect(attributes('//@resid').filter((resid) => !used.has(resid))).toEqual([]);
    expect(attributes(`${element('Resources')}//@id`).filter((id) => !used.has(id))).toEqual([]);
  });

  it('has zh-CN text with an en-US override for every string', () => {
    const strings = attributes(`${element('ShortStrings')}/*/@id | ${element('LongStrings')}/*/@id`);
    const overridden = attributes(`${element('ShortStrings')}/*[*[local-name()='Override' and @Locale='en-US']]/@id | ${element('LongStrings')}/*[*[local-name()='Override' and @Locale='en-US']]/@id`);
    expect(overridden).toEqual(strings);
    expect(attributes(`${element('DisplayName')}/*[local-name()='Override']/@Locale`)).toEqual(['en-US']);
    expect(attributes(`${element('Description')}[not(@resid)]/*[local-name()='Override']/@Locale`)).toEqual(['en-US']);
  });

  it('asks for Excel with ExcelApi 1.9, read-write access, and a ribbon group on the Home tab with both buttons', () => {
    expect(attributes(`${element('Set')}[@Name='ExcelApi']/@MinVersion`)).toEqual(['1.9']);
    expect(text(element('Permissions'))).toBe('ReadWriteDocument');
    expect(attributes(`${element('OfficeTab')}/@id`)).toEqual(['TabHome']);
    expect(attributes(`${element('Control')}/@id`)).toEqual(['Taizhang.CheckButton', 'Taizhang.SummaryButton']);
    expect(text(element('FunctionName'))).toBe('generateSummary');
  });
});
