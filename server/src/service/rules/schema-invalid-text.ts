import type { Rule } from '../rule';
import type { OffsetRange, XmlElement } from '../xml';
import { knownElements, ONLY_VALIDATE_REJECTS, schemaAccepts, schemaMessage, typeProblem } from './schema-common';

export const schemaInvalidText: Rule = {
  id: 'schema-invalid-text',
  severity: 'warning',
  layer: 'schema',
  spec: ['§5.1', '§5.2'],
  description: 'Element text that does not match its schema type (e.g. a malformed <uuid>), or text inside an element that takes none.',
  check(context) {
    const { xml, report } = context;
    const { elements, matches } = knownElements(context);
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i];
      const def = matches[i].def;
      if (def.text !== undefined) {
        if (schemaAccepts(def.text, element.text)) continue;
        const range = element.textRange.end > element.textRange.start ? element.textRange : element.nameRange;
        report(range, schemaMessage(`Element ${element.name}: text '${element.text}' ${typeProblem(def.text, element.text)}`), ONLY_VALIDATE_REJECTS);
        continue;
      }
      // Elements with free content (<metadata>) still take only elements directly, no text.
      const stray = strayText(xml.text, element);
      if (!stray) continue;
      const shown = xml.text.slice(stray.start, stray.end);
      report(
        stray,
        schemaMessage(`Element ${element.name} takes no text, found '${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}'`),
        `libvirt's parser ignores it; ${ONLY_VALIDATE_REJECTS}`,
      );
    }
  },
};

/** The first run of non-whitespace character data directly inside `element` (comments and PIs are not text). */
function strayText(text: string, element: XmlElement): OffsetRange | undefined {
  if (element.text.trim() === '') return undefined;
  const gaps: OffsetRange[] = [];
  let from = element.textRange.start;
  for (const c of element.children) {
    gaps.push({ start: from, end: c.range.start });
    from = c.range.end;
  }
  gaps.push({ start: from, end: element.textRange.end });
  for (const gap of gaps) {
    if (gap.end <= gap.start) continue;
    const masked = text
      .slice(gap.start, gap.end)
      .replace(/<!--[\s\S]*?(-->|$)|<\?[\s\S]*?(\?>|$)|<!\[CDATA\[|\]\]>/g, (m) => ' '.repeat(m.length));
    const first = masked.search(/\S/);
    if (first < 0) continue;
    return { start: gap.start + first, end: gap.start + masked.trimEnd().length };
  }
  return undefined;
}
