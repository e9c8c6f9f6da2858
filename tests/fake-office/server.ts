/**
 * Executes one request against the workbook, in order, as Excel does: an action that fails stops the
 * batch but what ran before it stays applied (Office.js batches are not transactions).
 */
import { specOf, sheetOf, type Arg, type Bound, type Json, type World } from './excelModel';
import { richApiError, type FakeErrorCode, type RichApiError } from './richApiError';
import type { Action, ActionResult, ObjectDef, Request, WireArg } from './wire';

/** What the server remembers per request context. */
export interface ContextState {
  readonly defs: Map<string, ObjectDef>;
  /** Objects made by actions or listed as collection items: bound for good. */
  readonly pinned: Map<string, Bound>;
  nextItemId: number;
}

export function newContextState(): ContextState {
  return { defs: new Map(), pinned: new Map(), nextItemId: 0 };
}

export interface Injected {
  readonly afterActions: number;
  readonly code: FakeErrorCode;
}

type SelectTree = Map<string, SelectTree | null>;

function selectTree(select: readonly string[]): SelectTree {
  const tree: SelectTree = new Map();
  for (const path of select) {
    let level = tree;
    const parts = path.split('/').map((part) => part.trim()).filter((part) => part !== '');
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        if (!level.has(part)) level.set(part, null);
        return;
      }
      const next = level.get(part) ?? new Map();
      level.set(part, next);
      level = next;
    });
  }
  return tree;
}

function isRef(arg: WireArg): arg is { readonly $ref: string } {
  return typeof arg === 'object' && arg !== null && '$ref' in arg && typeof arg.$ref === 'string';
}

export function execute(world: World, state: ContextState, request: Request, injected: Injected | undefined): ActionResult[] {
  for (const def of request.objects) state.defs.set(def.id, def);
  // Paths are evaluated afresh in every request, as Office.js re-sends object paths.
  const resolved = new Map<string, Bound>();

  const resolve = (id: string): Bound => {
    const bound = state.pinned.get(id) ?? resolved.get(id) ?? resolvePath(id);
    const sheet = sheetOf(bound);
    if (sheet !== undefined && !world.workbook.sheets.includes(sheet)) throw richApiError('ItemNotFound', 'The requested resource doesn\'t exist.');
    return bound;
  };

  const resolveArg = (arg: WireArg): Arg => (isRef(arg) ? { bound: resolve(arg.$ref) } : arg);

  const resolvePath = (id: string): Bound => {
    if (id === 'root') return { type: 'Workbook' };
    const def = state.defs.get(id);
    if (def === undefined) throw richApiError('InvalidObjectPath', `object ${id} is unknown to this context`);
    const parent = resolve(def.parent);
    let bound: Bound;
    if (parent.type === 'Null') bound = { type: 'Null' };
    else if ('nav' in def) {
      const nav = specOf(parent.type).nav?.[def.nav];
      if (nav === undefined) throw richApiError('NotImplemented', `${parent.type}.${def.nav}`);
      bound = nav.get(parent, world);
    } else {
      const method = specOf(parent.type).methods?.[def.method];
      if (method === undefined || method.kind !== 'path') {
        throw richApiError('NotImplemented', `${parent.type}.${def.method}`);
      }
      bound = method.run(parent, def.args.map(resolveArg), world);
    }
    resolved.set(id, bound);
    return bound;
  };

  const loadData = (bound: Bound, tree: SelectTree | null): Json => {
    if (bound.type === 'Null') return { $null: true };
    const spec = specOf(bound.type);
    if (spec.collection !== undefined) {
      const itemTree = tree === null ? null : ((tree.has('items') ? tree.get('items') : tree) ?? null);
      return {
        items: spec.collection.items(bound, world).map((item) => {
          state.nextItemId += 1;
          const id = `s${state.nextItemId}`;
          state.pinned.set(id, item);
          const data = loadData(item, itemTree);
          return typeof data === 'object' && data !== null && !Array.isArray(data) ? { ...data, $id: id } : { $id: id };
        }),
      };
    }
    const data: Record<string, Json> = {};
    const keys = tree === null ? Object.keys(spec.props ?? {}) : [...tree.keys()];
    for (const key of keys) {
      const prop = spec.props?.[key];
      const nav = spec.nav?.[key];
      if (prop !== undefined) data[key] = prop.get(bound, world);
      else if (nav !== undefined) data[key] = loadData(nav.get(bound, world), tree?.get(key) ?? null);
      else throw richApiError('InvalidArgument', `${bound.type} has no property ${key}`);
    }
    return data;
  };

  const run = (action: Action, index: number): ActionResult | undefined => {
    const target = resolve(action.target);
    if (action.op === 'load') return { action: index, data: loadData(target, action.select === null ? null : selectTree(action.select)) };
    if (target.type === 'Null') throw richApiError('InvalidObjectPath', 'the object is a null object');
    const spec = specOf(target.type);
    refuseWhenLocked(world, target, action, spec);
    if (action.op === 'set') {
      const setter = spec.props?.[action.prop]?.set;
      if (setter === undefined) throw richApiError('InvalidArgument', `${target.type}.${action.prop} cannot be set`);
      setter(target, action.value, world);
      return undefined;
    }
    const method = spec.methods?.[action.method];
    if (method === undefined || method.kind !== 'action') throw richApiError('NotImplemented', `${target.type}.${action.method}`);
    const args = action.args.map(resolveArg);
    if (method.returns === 'value') return { action: index, value: method.run(target, args, world) };
    if (method.returns === 'void') {
      method.run(target, args, world);
      return undefined;
    }
    const made = method.run(target, args, world);
    if (action.result !== undefined) state.pinned.set(action.result, made);
    return undefined;
  };

  const results: ActionResult[] = [];
  request.actions.forEach((action, index) => {
    if (injected !== undefined && index >= injected.afterActions) {
      throw richApiError(injected.code, 'An internal error has occurred. (injected by the fake)');
    }
    try {
      const result = run(action, index);
      if (result !== undefined) results.push(result);
    } catch (error) {
      const location = action.op === 'call' ? action.method : action.op === 'set' ? action.prop : 'load';
      if (isRichApiError(error)) throw richApiError(error.code, error.message, location);
      throw error;
    }
  });
  if (injected !== undefined) throw richApiError(injected.code, 'An internal error has occurred. (injected by the fake)');
  return results;
}

/** Calls that only look or move the view, which a read-only workbook and a protected sheet still allow. */
const viewingCalls = new Set(['select', 'activate']);

function isStructureChange(target: Bound, action: Exclude<Action, { readonly op: 'load' }>): boolean {
  if (target.type === 'WorksheetCollection') return action.op === 'call' && action.method === 'add';
  if (target.type !== 'Worksheet') return false;
  return action.op === 'call' ? action.method === 'delete' : ['name', 'visibility', 'position'].includes(action.prop);
}

/**
 * Refuses a change with AccessDenied, as Excel does, when the workbook is read-only, when it changes the
 * structure of a workbook whose structure is protected, or when it changes the contents or formats of a
 * protected sheet (renaming, moving or deleting the sheet itself is structure, not contents).
 */
function refuseWhenLocked(world: World, target: Bound, action: Exclude<Action, { readonly op: 'load' }>, spec: ReturnType<typeof specOf>): void {
  if (action.op === 'call' && (viewingCalls.has(action.method) || spec.methods?.[action.method]?.returns === 'value')) return;
  const refuse = (why: string) => {
    throw richApiError('AccessDenied', `You cannot perform the requested operation. (${why})`);
  };
  if (world.workbook.readOnly === true) refuse('the workbook is read-only');
  if (world.workbook.structureProtected === true && isStructureChange(target, action)) refuse('the workbook structure is protected');
  const sheet = sheetOf(target);
  if (sheet?.protected === true && target.type !== 'Worksheet') refuse(`the sheet ${sheet.name} is protected`);
}

export function isRichApiError(error: unknown): error is RichApiError {
  return error instanceof Error && error.name === 'RichApi.Error' && 'code' in error && typeof error.code === 'string';
}
