import type { Json } from './excelModel';

/** How the client names an object it has not seen bound yet: a navigation property or a method of its parent. */
export type ObjectDef =
  | { readonly id: string; readonly parent: string; readonly nav: string }
  | { readonly id: string; readonly parent: string; readonly method: string; readonly args: readonly WireArg[] };

/** A method argument on the wire: JSON, or a reference to another object of the same context. */
export type WireArg = Json | { readonly $ref: string };

export type Action =
  | { readonly op: 'load'; readonly target: string; readonly select: readonly string[] | null }
  | { readonly op: 'set'; readonly target: string; readonly prop: string; readonly value: Json }
  | { readonly op: 'call'; readonly target: string; readonly method: string; readonly args: readonly WireArg[]; readonly result?: string };

/** One batch as sent at `context.sync()`, like Office.js's RichApi request. */
export interface Request {
  readonly context: number;
  readonly objects: readonly ObjectDef[];
  readonly actions: readonly Action[];
}

export interface ActionResult {
  readonly action: number;
  readonly data?: Json;
  readonly value?: Json;
}

export interface Response {
  readonly results: readonly ActionResult[];
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
