/**
 * What the built task pane could reach or run: every use of a network API, every piece of code built
 * from a string and every absolute URL in the shipped scripts, each traced through the source map to
 * the file it came from, so our own code is held to none and the dependencies' few are listed exactly.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildAddin, repoRoot } from '../support/buildAddin';

interface Occurrence {
  readonly text: string;
  /** `addin/src/…` or `packages/…` for our own code, else the npm package (or the unmapped chunk) it came from. */
  readonly from: string;
}

interface Script {
  readonly file: string;
  readonly code: string;
  readonly map: TraceMap | undefined;
}

let dist: string;
let scripts: Script[];

beforeAll(() => {
  dist = buildAddin({ sourcemap: true });
  const assets = join(dist, 'assets');
  scripts = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const mapFile = join(assets, `${file}.map`);
      return { file, code: readFileSync(join(assets, file), 'utf8'), map: existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, 'utf8'), mapFile) : undefined };
    });
}, 120_000);

afterAll(() => {
  if (dist !== undefined) rmSync(dist, { recursive: true, force: true });
});

/** The package a bundled file belongs to, from its path under node_modules; our own files by their path. */
function packageOf(source: string | null, chunk: string): string {
  if (source === null) return `unmapped ${chunk.replace(/-[\w-]{8}\.js$/, '')}`;
  const modules = source.lastIndexOf('/node_modules/');
  if (modules < 0) return relative(repoRoot, source);
  const [scope = '', name = ''] = source.slice(modules + '/node_modules/'.length).split('/');
  return scope.startsWith('@') ? `${scope}/${name}` : scope;
}

function isOwn(from: string): boolean {
  return from.startsWith('addin/') || from.startsWith('packages/');
}

/** Every match of `pattern` in the shipped scripts, with where it came from. */
function scan(pattern: RegExp): Occurrence[] {
  return scripts.flatMap(({ file, code, map }) => {
    const lineStarts = [0, ...[...code.matchAll(/\n/g)].map((newline) => newline.index + 1)];
    return [...code.matchAll(pattern)].map((match) => {
      const line = lineStarts.filter((start) => start <= match.index).length - 1;
      const position = map === undefined ? undefined : originalPositionFor(map, { line: line + 1, column: match.index - (lineStarts[line] ?? 0) });
      return { text: match[0], from: packageOf(position?.source ?? null, file) };
    });
  });
}

/** Distinct `text from` lines, sorted, for exact comparison. */
function listed(occurrences: readonly Occurrence[]): string[] {
  return [...new Set(occurrences.map((occurrence) => `${occurrence.text} ← ${occurrence.from}`))].sort();
}

const networkApis = /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b|\bsendBeacon\b|\bimportScripts\b|\bRTCPeerConnection\b|\bWebTransport\b/g;
/** `eval(…)`, `Function(…)` with or without `new`, and `Function` taken as a value to be called later (`let F = Function`). */
const dynamicCode = /(?<![.\w$])eval\s*\(|(?<![.\w$])(?:new\s+)?Function\s*\(|(?<![.\w$]|instanceof\s+)Function(?=\s*[,;)])/g;
const absoluteUrl = /\b(?:https?|wss?):\/\/[\w.-]*/g;

describe('the patterns', () => {
  it('find each way to reach the network or build code, and not words that merely contain them', () => {
    const samples = ['fetch(url)', 'new XMLHttpRequest', 'new WebSocket(u)', 'new EventSource(u)', 'navigator.sendBeacon(u)', 'importScripts(u)'];
    expect(samples.filter((sample) => new RegExp(networkApis.source).test(sample))).toEqual(samples);
    expect(['prefetch(x)', 'refetchQueries', 'isWebSocketLike'].filter((sample) => new RegExp(networkApis.source).test(sample))).toEqual([]);
    const code = ['eval(s)', 'new Function("a", s)', 'Function("return this")()', 'let F=Function,', 'g(Function)'];
    expect(code.filter((sample) => new RegExp(dynamicCode.source).test(sample))).toEqual(code);
    expect(['evaluate(x)', 'x instanceof Function)', 'isFunction(x)', 'typeof x=="function"', 'a.Function(x)'].filter((sample) => new RegExp(dynamicCode.source).test(sample))).toEqual([]);
  });
});

describe('the built task pane', () => {
  it('has the pieces a scan needs: every script with its source map, our code among them', () => {
    expect(scripts.map((script) => script.file.replace(/-[\w-]{8}\.js$/, '')).sort()).toEqual(expect.arrayContaining(['check.worker', 'commands', 'notice', 'taskpane']));
    // Names are minified away; string literals stay, and the maps trace them to our files.
    expect(listed(scan(/taizhang:error|（生成中）/g))).toEqual(expect.arrayContaining(['taizhang:error ← addin/src/office/markStyle.ts', '（生成中） ← addin/src/office/writeSummary.ts']));
  });

  it('calls no network API in our own code; the one in a dependency fetches only its own modules', () => {
    const found = scan(networkApis);
    expect(found.filter((occurrence) => isOwn(occurrence.from))).toEqual([]);
    // Vite's modulepreload polyfill fetches the <link rel="modulepreload"> of the page: our own chunks.
    expect(listed(found)).toEqual(['fetch( ← unmapped modulepreload-polyfill']);
  });

  it('builds no code from strings in our own code; the dependencies\' cases are known', () => {
    const found = scan(dynamicCode);
    expect(found.filter((occurrence) => isOwn(occurrence.from))).toEqual([]);
    // zod 4 can compile object parsers with `new Function` (util.allowsEval, doc.compile); the core turns that
    // off (`jitless`, packages/core/src/schema/z.ts), so this code is shipped but never run.
    expect(listed(found)).toEqual(['Function ← zod', 'Function( ← zod']);
  });

  it('names no other host in our own code; the dependencies\' URLs are identifiers, not requests', () => {
    const found = scan(absoluteUrl);
    expect(found.filter((occurrence) => isOwn(occurrence.from))).toEqual([]);
    // XML namespaces (React DOM, the icons' SVG), React's error-decoder link in its messages, JSON Schema ids
    // and an IPv6 check by URL parsing (zod).
    expect(listed(found)).toEqual([
      'http:// ← zod',
      'http://json-schema.org ← zod',
      'http://www.w3.org ← @fluentui/react-icons',
      'http://www.w3.org ← react-dom',
      'https://json-schema.org ← zod',
      'https://reactjs.org ← react-dom',
    ]);
  });

  it('writes nothing to the console from our own code', () => {
    expect(scan(/\bconsole\.\w+/g).filter((occurrence) => isOwn(occurrence.from))).toEqual([]);
  });

  it('serves every page under a Content-Security-Policy of its own origin and Office\'s script, with no inline script', () => {
    for (const page of ['taskpane.html', 'commands.html', 'notice.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      const directives = Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
      expect({ page, directives }).toEqual({
        page,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'", 'https://appsforoffice.microsoft.com'],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'"],
          'connect-src': ["'self'"],
          'worker-src': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'none'"],
        },
      });
      const scriptSources = [...html.matchAll(/<script\b([^>]*)>/g)].map((tag) => /\bsrc="([^"]+)"/.exec(tag[1] ?? '')?.[1] ?? 'inline');
      expect({ page, scriptSources: scriptSources.filter((src) => src !== 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' && !src.startsWith('./assets/')) }).toEqual({ page, scriptSources: [] });
      expect(html).not.toMatch(/\son[a-z]+=/);
    }
  });
});
