/** Whether a user-written pattern compiles as a Unicode regular expression. */
export function isRegExp(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}
