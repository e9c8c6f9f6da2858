// Excel forbids these in sheet names and caps the length at 31.
const forbidden = /[\\/?*:[\]]/g;
const maxLength = 31;

/**
 * A sheet name Excel accepts, unique among `taken` (compared without case, as Excel does): forbidden
 * characters become spaces, and a clash gets 2, 3 … appended, shortening the base to fit 31 characters.
 * Adds the name to `taken`.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = Array.from(wanted.replace(forbidden, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet');
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : String(n);
    const name = base.slice(0, maxLength - suffix.length).join('') + suffix;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}
