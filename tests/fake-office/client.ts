/**
 * The "client" side: proxy objects that queue work and only learn values at `context.sync()`, so code
 * that reads a property it did not load, or before syncing, fails here as it fails in Office.js.
 */
import { specOf, type Json, type TypeName } from './excelModel';
import { propertyNotLoaded, richApiError } from './richApiError';
import type { Action, ObjectDef, Request, Response, WireArg } from './wire';

interface Node {
  readonly ctx: ClientContext;
  readonly id: string;
  readonly type: TypeName;
  readonly parent: Node | undefined;
  readonly def: ObjectDef | undefined;
  registered: boolean;
  readonly loaded: Record<string, Json>;
  isNull: boolean | undefined;
  items: object[] | undefined;
  readonly navs: Map<string, Node>;
  readonly proxy: object;
}

interface PendingResult {
  value: Json | undefined;
  settled: boolean;
}

/** What batch code sees as `context`: the workbook and `sync`. */
export interface ContextApi {
  readonly workbook: object;
  readonly sync: () => Promise<void>;
}

interface ClientContext {
  readonly number: number;
  pending: Action[];
  newObjects: ObjectDef[];
  readonly waiting: Map<number, { readonly node?: Node; readonly result?: PendingResult }>;
  nextId: number;
  readonly send: (request: Request) => Promise<Response>;
  api: ContextApi | undefined;
}

let contextCount = 0;
const allNodes = new WeakMap<object, Node>();

/** A new request context; `send` carries a request to the fake workbook and brings back its response. */
export function createClientContext(send: (request: Request) => Promise<Response>): ContextApi {
  contextCount += 1;
  const ctx: ClientContext = { number: contextCount, pending: [], newObjects: [], waiting: new Map(), nextId: 0, send, api: undefined };
  const root = makeNode(ctx, 'root', 'Workbook', undefined, undefined);
  const api: ContextApi = { workbook: root.proxy, sync: () => sync(ctx) };
  ctx.api = api;
  return api;
}

function makeNode(ctx: ClientContext, id: string, type: TypeName, parent: Node | undefined, def: ObjectDef | undefined): Node {
  const handler: ProxyHandler<object> = {
    get: (_target, key) => read(node, key),
    set: (_target, key, value) => write(node, key, value),
  };
  const proxy = new Proxy({}, handler);
  const node: Node = { ctx, id, type, parent, def, registered: def === undefined, loaded: {}, isNull: undefined, items: undefined, navs: new Map(), proxy };
  allNodes.set(proxy, node);
  return node;
}

function child(parent: Node, type: TypeName, step: { readonly nav: string } | { readonly method: string; readonly args: readonly WireArg[] } | undefined): Node {
  parent.ctx.nextId += 1;
  const id = `c${parent.ctx.nextId}`;
  const def: ObjectDef | undefined = step === undefined ? undefined : 'nav' in step ? { id, parent: parent.id, nav: step.nav } : { id, parent: parent.id, method: step.method, args: step.args };
  return makeNode(parent.ctx, id, type, parent, def);
}

/** Makes sure the server knows how to find `node` (and its ancestors) before an action names it. */
function register(node: Node): void {
  if (node.registered || node.def === undefined) return;
  if (node.parent !== undefined) register(node.parent);
  node.ctx.newObjects.push(node.def);
  node.registered = true;
}

function toWire(ctx: ClientContext, value: unknown): WireArg {
  if (typeof value === 'object' && value !== null) {
    const node = findNode(value);
    if (node !== undefined) {
      if (node.ctx !== ctx) throw richApiError('InvalidRequestContext', 'Cannot use the object across different request contexts.');
      register(node);
      return { $ref: node.id };
    }
  }
  return JSON.parse(JSON.stringify(value ?? null)) as Json;
}

function findNode(value: object): Node | undefined {
  return allNodes.get(value);
}

function queue(node: Node, action: Action): number {
  register(node);
  node.ctx.pending.push(action);
  return node.ctx.pending.length - 1;
}

function loadSelect(option: unknown): string[] | null {
  if (option === undefined) return null;
  if (typeof option === 'string') return option.split(',').map((part) => part.trim()).filter((part) => part !== '');
  if (Array.isArray(option) && option.every((part) => typeof part === 'string')) return option.flatMap((part) => loadSelect(part) ?? []);
  if (typeof option === 'object' && option !== null && 'select' in option) return loadSelect((option as { select: unknown }).select);
  throw richApiError('NotImplemented', 'the fake loads by property names only');
}

/** The object behind a navigation property (`range.format`), made once per parent. */
function navChild(node: Node, key: string): Node | undefined {
  const nav = specOf(node.type).nav?.[key];
  if (nav === undefined) return undefined;
  const cached = node.navs.get(key);
  if (cached !== undefined) return cached;
  const made = child(node, nav.type, { nav: key });
  node.navs.set(key, made);
  return made;
}

function read(node: Node, key: string | symbol): unknown {
  if (typeof key === 'symbol' || key === 'then' || key === 'asymmetricMatch' || key === '$$typeof' || key === 'nodeType') return undefined;
  const spec = specOf(node.type);
  switch (key) {
    case 'context':
      return node.ctx.api;
    case 'isNullObject':
      if (node.isNull === undefined) throw propertyNotLoaded('isNullObject');
      return node.isNull;
    case 'load':
      return (option?: unknown) => {
        node.ctx.waiting.set(queue(node, { op: 'load', target: node.id, select: loadSelect(option) }), { node });
        return node.proxy;
      };
    case 'set':
      return (properties: Record<string, unknown>) => {
        for (const [name, value] of Object.entries(properties)) {
          const nav = spec.nav?.[name];
          if (nav !== undefined && typeof value === 'object' && value !== null) (read(node, name) as { set: (v: unknown) => void }).set(value);
          else write(node, name, value);
        }
      };
    case 'toJSON':
      return () => ({ ...node.loaded });
    case 'track':
    case 'untrack':
      return () => node.proxy;
    case 'items':
      if (spec.collection === undefined) break;
      if (node.items === undefined) throw propertyNotLoaded('items');
      return node.items;
    default:
      break;
  }
  if (spec.props?.[key] !== undefined) {
    if (node.isNull === true) throw richApiError('InvalidObjectPath', `a null object has no ${key}`);
    const value = node.loaded[key];
    if (value === undefined) throw propertyNotLoaded(key);
    return value;
  }
  const nav = navChild(node, key);
  if (nav !== undefined) return nav.proxy;
  const method = spec.methods?.[key];
  if (method !== undefined) {
    return (...args: unknown[]) => {
      const wireArgs = args.map((arg) => toWire(node.ctx, arg));
      if (method.kind === 'path') {
        const made = child(node, method.returns, { method: key, args: wireArgs });
        return made.proxy;
      }
      if (method.returns === 'void') {
        queue(node, { op: 'call', target: node.id, method: key, args: wireArgs });
        return undefined;
      }
      if (method.returns === 'value') {
        const result: PendingResult = { value: undefined, settled: false };
        node.ctx.waiting.set(queue(node, { op: 'call', target: node.id, method: key, args: wireArgs }), { result });
        return {
          get value() {
            if (!result.settled) throw richApiError('ValueNotLoaded', 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.');
            return result.value;
          },
        };
      }
      const made = child(node, method.returns, undefined);
      queue(node, { op: 'call', target: node.id, method: key, args: wireArgs, result: made.id });
      return made.proxy;
    };
  }
  throw new Error(`fake-office does not implement ${node.type}.${key}`);
}

function write(node: Node, key: string | symbol, value: unknown): boolean {
  const prop = typeof key === 'string' ? specOf(node.type).props?.[key] : undefined;
  if (typeof key !== 'string' || prop === undefined) throw new Error(`fake-office does not implement ${node.type}.${String(key)}`);
  if (prop.set === undefined) throw new TypeError(`Cannot set property ${key} of ${node.type} which has only a getter`);
  queue(node, { op: 'set', target: node.id, prop: key, value: toWire(node.ctx, value) as Json });
  return true;
}

function apply(ctx: ClientContext, node: Node, data: Json): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
  const record = data as Record<string, Json>;
  if (record.$null === true) {
    node.isNull = true;
    return;
  }
  node.isNull = false;
  const spec = specOf(node.type);
  if (spec.collection !== undefined) {
    const itemType = spec.collection.itemType;
    const items = Array.isArray(record.items) ? (record.items as Json[]) : [];
    node.items = items.map((itemData) => {
      const id = typeof itemData === 'object' && itemData !== null && !Array.isArray(itemData) ? String((itemData as Record<string, Json>).$id) : '';
      const item = makeNode(ctx, id, itemType, undefined, undefined);
      apply(ctx, item, itemData);
      return item.proxy;
    });
    return;
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === '$id') continue;
    const nav = navChild(node, key);
    if (nav !== undefined) apply(ctx, nav, value);
    else node.loaded[key] = value;
  }
}

async function sync(ctx: ClientContext): Promise<void> {
  const actions = ctx.pending;
  const objects = ctx.newObjects;
  const waiting = new Map(ctx.waiting);
  ctx.pending = [];
  ctx.newObjects = [];
  ctx.waiting.clear();
  if (actions.length === 0) return;
  const response = await ctx.send({ context: ctx.number, objects, actions });
  for (const result of response.results) {
    const wait = waiting.get(result.action);
    if (wait?.node !== undefined && result.data !== undefined) apply(ctx, wait.node, result.data);
    if (wait?.result !== undefined) {
      wait.result.value = result.value ?? null;
      wait.result.settled = true;
    }
  }
}
