/** Where one sentence sits in a block's text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ! or ? (with any closing quotes or brackets) followed by a space, or at
// the end of its block (a heading, a list item, a label).
const END = /[.!?…]+["'’”)\]]*(?=\s|$)/g;

/** The sentences in one block of text, trimmed, blank ones left out. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (end > start) spans.push({ start, end });
  };
  for (const match of text.matchAll(END)) {
    const end = match.index + match[0].length;
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return spans;
}

/** The words a voice is given, and for each of their letters where it came from on screen. */
export interface Spoken {
  text: string;
  /** `from[i]` is the index in the shown text of the spoken text's letter `i`. */
  from: number[];
}

// A run of digits, in groups split by single spaces or dashes: "999", "116 123", "01632 960123".
const NUMBER = /\d+(?:[ -]\d+)*/g;

/**
 * What the voice is given for a sentence on screen. Phone numbers are read a digit at a time
 * ("999" as "9 9 9", "116 123" as "1 1 6, 1 2 3"), as people say them, not as
 * "nine hundred and ninety-nine"; short numbers and years such as 2026 are left alone. Runs of
 * white space become one space. `from` lets a word the voice reports be found on screen.
 */
export function spokenForm(shown: string): Spoken {
  let text = '';
  const from: number[] = [];
  const add = (letters: string, at: number) => {
    for (const letter of letters) {
      text += letter;
      from.push(at);
    }
  };
  let i = 0;
  const plain = (until: number) => {
    for (; i < until; i++) {
      const letter = shown.charAt(i);
      if (/\s/.test(letter)) {
        if (text.length > 0 && !text.endsWith(' ')) add(' ', i);
      } else add(letter, i);
    }
  };
  for (const match of shown.matchAll(NUMBER)) {
    const run = match[0];
    const digits = run.replace(/\D/g, '');
    if (digits.length < 3 || /^(19|20)\d\d$/.test(run)) continue;
    plain(match.index);
    run.split(/[ -]/).forEach((group, g, groups) => {
      const at = match.index + run.indexOf(group);
      add(group.split('').join(' '), at);
      if (g < groups.length - 1) add(', ', at + group.length);
    });
    i = match.index + run.length;
  }
  plain(shown.length);
  while (text.endsWith(' ')) {
    text = text.slice(0, -1);
    from.pop();
  }
  return { text, from };
}
