import { detachedString } from './detachedString';
import { unescapeXstring } from './unescapeXstring';

/** Takes the events inside one string item and gives its text when the item ends. */
export interface StringItemText {
  readonly open: (name: string) => void;
  readonly text: (text: string) => void;
  readonly close: (name: string) => void;
  /** The text so far, and a fresh start for the next item. */
  readonly take: () => string;
}

/**
 * The text a cell shows for one string item (CT_Rst: a shared string's `<si>`, an inline string's
 * `<is>`): its `<t>`, or the `<t>` of each `<r>` run in order. The `<t>` inside `<rPh>` is a phonetic
 * reading (furigana, pinyin) shown above the text, not part of it. Element names are local names.
 */
export function stringItemText(): StringItemText {
  let taken = '';
  let piece = '';
  let inText = false;
  let phoneticDepth = 0;
  return {
    open: (name) => {
      if (name === 'rPh') phoneticDepth += 1;
      else if (name === 't' && phoneticDepth === 0) inText = true;
    },
    text: (text) => {
      if (inText) piece = piece === '' ? text : piece + text;
    },
    close: (name) => {
      if (name === 'rPh') {
        phoneticDepth -= 1;
      } else if (name === 't' && inText) {
        // Escapes are undone per <t>: one cannot span two runs.
        taken += unescapeXstring(piece);
        piece = '';
        inText = false;
      }
    },
    take: () => {
      const text = detachedString(taken);
      taken = '';
      piece = '';
      inText = false;
      phoneticDepth = 0;
      return text;
    },
  };
}
