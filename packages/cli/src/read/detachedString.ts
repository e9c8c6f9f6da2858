/** V8 copies a cut of fewer characters; a longer one is a view into the string it was cut from. */
const shortestView = 13;

/**
 * The same text in a string of its own. The XML parser cuts text out of the 256 KiB piece of a part
 * it is reading, and V8 keeps that whole piece alive as long as any such cut is: kept cell texts
 * would hold most of a sheet's XML in memory. Joining to a character forces V8 to copy the text flat;
 * the slice after it is a view of that copy only.
 */
export function detachedString(text: string): string {
  return text.length < shortestView ? text : ` ${text}`.slice(1);
}
