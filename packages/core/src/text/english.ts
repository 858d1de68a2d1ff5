import type { Block, ProseLanguage } from '../model.js';

/** Very common English words that are not everyday words in the other languages ADRs are written in. */
const ENGLISH_WORDS = new Set(
  'the and that this with will be for are which have has been should would could when it its not from can our they their there these those also only into than if but as at because more must how what where does each other such may any then you your'.split(
    ' ',
  ),
);

/**
 * Very common words of the European languages ADRs are most often written in besides English
 * (German, Dutch, French, Spanish, Portuguese, Italian, Polish), minus those English uses too:
 * "in", "is", "we", "to", "a", "an", "on", "no", "die", "i".
 */
const OTHER_LANGUAGE_WORDS = new Set(
  [
    'der das und ist nicht ein eine zu den mit von für auf wir werden wird sich dem des auch oder bei dass sind',
    'de het een en van dat op te voor zijn niet er ook om worden wordt naar deze wij dit',
    'le la les des et est pour que qui une du dans pas sur nous ce avec sont par être cette ou aux',
    'el los las del para con por una es se da do dos em um uma não di che per è il gli della nel',
    'w z na się nie jest że jak dla są przez od oraz czy',
  ]
    .join(' ')
    .split(' '),
);

/** Whether a letter's code is in the Latin blocks (Basic Latin to Latin Extended-B, and Latin Extended Additional). */
function isLatin(code: number): boolean {
  return code < 0x250 || (code >= 0x1e00 && code < 0x1f00);
}

/** Fewer words than this cannot tell a language: a short record is taken to be English. */
const WORDS_TO_TELL = 40;
/** Prose in another language is a fifth or more its common words; English prose has under 3% of them. */
const OTHER_SHARE_MIN = 0.06;

/**
 * Whether the record's prose is in English, which the review rules read, or plainly in another
 * language. Code, HTML and quotations are left out: a German record quoting an English error
 * message is still German. A list of link titles has few common words of any language and stays
 * English: only positive signs of another language count.
 */
export function proseLanguage(blocks: readonly Block[]): ProseLanguage {
  const tally = { words: 0, latinWords: 0, english: 0, other: 0 };
  for (const block of blocks) {
    if (block.kind === 'code' || block.kind === 'html' || block.quoted) continue;
    const prose = block.prose.includes('://') ? block.prose.replace(/https?:\/\/\S+/g, ' ') : block.prose;
    tallyWords(prose, tally);
  }
  const { words, latinWords, english, other } = tally;
  if (words < WORDS_TO_TELL) return { english: true, words };
  // Cyrillic, Greek, Chinese ...: most words in another script.
  if (latinWords * 2 < words) return { english: false, words };
  const otherShare = other / words;
  return { english: !(otherShare >= OTHER_SHARE_MIN && other >= 2 * english), words };
}

/** The longest of the common words: a longer word needs no lookup. */
const LONGEST_COMMON_WORD = Math.max(
  ...[...ENGLISH_WORDS, ...OTHER_LANGUAGE_WORDS].map((word) => word.length),
);

const LETTER = /\p{L}/u;
/** Whether each code point of the Basic Multilingual Plane is a letter: 0 not yet known, 1 letter, 2 not. */
const letterCache = new Uint8Array(0x10000);

/** Whether the code point is a letter (`\p{L}`), cached for the Basic Multilingual Plane. */
function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code > 0xffff) return LETTER.test(String.fromCodePoint(code));
  let known = letterCache[code];
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    letterCache[code] = known;
  }
  return known === 1;
}

/**
 * Counts the words (runs of letters) of the text, and among them the Latin ones and the
 * common English and other-language words. A hand-written scan: a regex match per word made this the
 * costliest step of parsing after markdown itself.
 */
function tallyWords(
  text: string,
  tally: { words: number; latinWords: number; english: number; other: number },
): void {
  let start = -1;
  const end = text.length;
  for (let at = 0; at <= end; at++) {
    const code = at < end ? text.charCodeAt(at) : 0x20;
    let letter: boolean;
    if (code < 0x80) letter = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
    else if (code >= 0xd800 && code < 0xdc00 && at + 1 < end) {
      // A letter outside the Basic Multilingual Plane takes two code units.
      letter = isLetter(text.codePointAt(at) as number);
      if (letter) {
        if (start < 0) start = at;
        at++;
        continue;
      }
    } else letter = isLetter(code);
    if (letter) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      tally.words++;
      if (isLatin(text.charCodeAt(start))) tally.latinWords++;
      if (at - start <= LONGEST_COMMON_WORD) {
        const word = text.slice(start, at).toLowerCase();
        if (ENGLISH_WORDS.has(word)) tally.english++;
        else if (OTHER_LANGUAGE_WORDS.has(word)) tally.other++;
      }
      start = -1;
    }
  }
}
