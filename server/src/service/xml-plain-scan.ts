import { FORBIDDEN, isNameCode, sameText, type ScanSink } from './xml-wellformed';

/**
 * The documents almost everyone writes, read in few steps: elements with ASCII names, attributes
 * whose values hold no reference, tab or line break, text without references or `]`, comments and
 * white space, no XML declaration, DOCTYPE, PI or CDATA. Every document this accepts, libxml2
 * accepts too (the careful scanner in xml-wellformed.ts, which a fuzz test holds against xmllint,
 * reads it the same way); on anything else it gives up and the careful scanner starts over. Being
 * small, it is also quick for V8 to optimise, which is most of a CLI run's cost.
 */

const NAME = String.raw`[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?`;
const BLANKS = '[ \\t\\r\\n]';
const START_TAG = new RegExp(`<${NAME}`, 'y');
/** Values without references or white space other than spaces: they read as written (no normalising). */
const ATTRIBUTE = new RegExp(String.raw`${BLANKS}+${NAME}${BLANKS}*=${BLANKS}*(?:'[^'<&\t\n\r${FORBIDDEN}]*'|"[^"<&\t\n\r${FORBIDDEN}]*")`, 'y');
const START_TAG_END = new RegExp(`${BLANKS}*/?>`, 'y');
const END_TAG = new RegExp(`</${NAME}${BLANKS}*>`, 'y');
const TEXT = new RegExp(String.raw`[^<&\]${FORBIDDEN}]+`, 'y');
/** White space and comments (no `--` inside, nothing forbidden). */
const MISC = new RegExp(String.raw`(?:${BLANKS}+|<!--(?:[^-${FORBIDDEN}]|-[^-${FORBIDDEN}])*-->)*`, 'y');
const COMMENT = new RegExp(String.raw`<!--(?:[^-${FORBIDDEN}]|-[^-${FORBIDDEN}])*-->`, 'y');

function isBlankCode(c: number): boolean {
  return c === 0x20 || c === 0xa || c === 0x9 || c === 0xd;
}

/** Reads `text` into `sink` if it is plain (see above); false, with the sink to be discarded, if not. */
export function scanPlainDocument(text: string, sink: ScanSink): boolean {
  const openStarts: number[] = []; // `<` of each open element
  const openNameEnds: number[] = [];
  const attStarts: number[] = [];
  const attEnds: number[] = [];
  let pos = skip(MISC, text, 0);
  for (;;) {
    // At `<name` of a start tag.
    const tagStart = pos;
    START_TAG.lastIndex = pos;
    if (!START_TAG.test(text)) return false;
    const nameEnd = START_TAG.lastIndex;
    sink.openTag(tagStart, nameEnd);
    pos = nameEnd;
    let attCount = 0;
    // An attribute starts with white space: where there is none the tag ends (or is malformed), and
    // the pattern need not be tried. Likewise `>` and `/>` right there end the tag without one.
    while (isBlankCode(text.charCodeAt(pos))) {
      ATTRIBUTE.lastIndex = pos;
      if (!ATTRIBUTE.test(text)) break;
      const end = ATTRIBUTE.lastIndex;
      // The parts the pattern matched, found going forward: blanks, name, blanks, `=`, blanks, quote.
      // Character by character: indexOf and lastIndexOf cost more per call than these few steps.
      let nameStart = pos;
      while (isBlankCode(text.charCodeAt(nameStart))) nameStart++;
      // The matched name ends at a blank or `=`, neither of which a name holds.
      let attNameEnd = nameStart + 1;
      while (isNameCode(text.charCodeAt(attNameEnd))) attNameEnd++;
      let quote = attNameEnd;
      while (text.charCodeAt(quote) !== 0x27 && text.charCodeAt(quote) !== 0x22) quote++;
      for (let i = 0; i < attCount; i++) if (sameText(text, attStarts[i], attEnds[i], nameStart, attNameEnd)) return false;
      attStarts[attCount] = nameStart;
      attEnds[attCount] = attNameEnd;
      attCount++;
      sink.attribute(nameStart, attNameEnd, quote + 1, end - 1, true);
      pos = end;
    }
    const c = text.charCodeAt(pos);
    if (c === 0x3e) pos += 1;
    else if (c === 0x2f && text.charCodeAt(pos + 1) === 0x3e) pos += 2;
    else {
      START_TAG_END.lastIndex = pos;
      if (!START_TAG_END.test(text)) return false;
      pos = START_TAG_END.lastIndex;
    }
    const selfClosing = text.charCodeAt(pos - 2) === 0x2f;
    sink.closeStartTag(pos, selfClosing);
    if (!selfClosing) {
      openStarts.push(tagStart);
      openNameEnds.push(nameEnd);
    }
    // Content up to the next start tag, or the end of the document.
    for (;;) {
      if (openStarts.length === 0) return skip(MISC, text, pos) === text.length;
      TEXT.lastIndex = pos;
      if (TEXT.test(text)) {
        sink.text(pos, TEXT.lastIndex);
        pos = TEXT.lastIndex;
      }
      if (text.charCodeAt(pos) !== 0x3c) return false; // `&`, `]`, something forbidden, or the end
      const next = text.charCodeAt(pos + 1);
      if (next === 0x2f) {
        END_TAG.lastIndex = pos;
        if (!END_TAG.test(text)) return false;
        const openStart = openStarts.pop() as number;
        const openNameEnd = openNameEnds.pop() as number;
        let closeNameEnd = pos + 2 + (openNameEnd - openStart - 1);
        if (!sameText(text, openStart + 1, openNameEnd, pos + 2, closeNameEnd)) return false;
        while (isBlankCode(text.charCodeAt(closeNameEnd))) closeNameEnd++;
        if (text.charCodeAt(closeNameEnd) !== 0x3e) return false; // a longer name
        sink.endTag(pos, END_TAG.lastIndex);
        pos = END_TAG.lastIndex;
      } else if (next === 0x21) {
        COMMENT.lastIndex = pos;
        if (!COMMENT.test(text)) return false;
        pos = COMMENT.lastIndex;
      } else break; // a child's start tag
    }
  }
}

function skip(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.test(text) ? pattern.lastIndex : from;
}
