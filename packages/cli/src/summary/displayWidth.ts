// Han, kana, Hangul, CJK punctuation and full-width forms take two columns in a spreadsheet font.
const wide = /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}\p{Script_Extensions=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;

/** How many character columns a text needs, counting each Chinese (wide) character as two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += wide.test(character) ? 2 : 1;
  return width;
}
