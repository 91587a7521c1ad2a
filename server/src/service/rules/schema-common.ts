/**
 * Shared by the schema rules (layer 'schema'): the walk over the document paired with the model,
 * the message wording, and value checks that behave like libxml2's RelaxNG validator (what
 * `virsh net-define --validate` and `xmllint --relaxng` run).
 */
import { checkValueAgainstType, elementDef, networkModel, typeDef } from '../model';
import { hasLocalName, matchWithin, splitQName, type ElementMatch, type KnownMatch, type UnknownMatch } from '../model-match';
import type { XmlElement } from '../xml';
import type { RuleContext } from '../rule';
import { editDistance } from '../edit-distance';
import { memoizedOn } from '../memo';

/** libvirt's wording for every RelaxNG failure; the detail after it is ours (libxml2's is cryptic). */
export const SCHEMA_FAILED = 'XML document failed to validate against schema:';

/** The common part of every schema hint. */
export const ONLY_VALIDATE_REJECTS = '`virsh net-define --validate` rejects it; plain `virsh net-define` does not check the schema';

export function schemaMessage(detail: string): string {
  return `${SCHEMA_FAILED} ${detail}`;
}

/**
 * Elements with their matches, as two parallel arrays (`matches[i]` is what the model says about
 * `elements[i]`): no object per element, which counts on documents with thousands of hosts.
 */
export interface MatchedElements<M extends ElementMatch> {
  elements: readonly XmlElement[];
  matches: readonly M[];
}

interface DocumentMatches {
  known: MatchedElements<KnownMatch>;
  unknown: MatchedElements<UnknownMatch>;
}

/**
 * The elements the model reaches (the root, children of known elements) in document order,
 * each matched against its parent's match: no per-element memo, and a stack only as deep as the
 * document (not as wide as a <dhcp> with thousands of hosts). Computed once per validation and
 * shared by every schema rule: kept on the rule context, which goes when the validation ends,
 * not on the tree, which its result keeps (the walk's lists would then live, and be copied by the
 * garbage collector, as long as the tree).
 */
const documentMatches: (document: SchemaDocument) => DocumentMatches = memoizedOn((document) => walk(document.root));

/** What the schema rules are given: their rule context. */
type SchemaDocument = Pick<RuleContext, 'root'>;

function walk(root: XmlElement): DocumentMatches {
  const known = { elements: [] as XmlElement[], matches: [] as KnownMatch[] };
  const unknown = { elements: [] as XmlElement[], matches: [] as UnknownMatch[] };
  const result = { known, unknown };
  const rootMatch = matchWithin(root, undefined);
  if (rootMatch.kind === 'unknown') {
    unknown.elements.push(root);
    unknown.matches.push(rootMatch);
  }
  if (rootMatch.kind !== 'known') return result;
  known.elements.push(root);
  known.matches.push(rootMatch);
  // The open elements, their matches and the index of the next child to visit.
  const parents: XmlElement[] = [root];
  const parentMatches: KnownMatch[] = [rootMatch];
  const nextChild: number[] = [0];
  while (parents.length > 0) {
    const top = parents.length - 1;
    const parent = parents[top];
    const index = nextChild[top]++;
    if (index >= parent.children.length) {
      parents.pop();
      parentMatches.pop();
      nextChild.pop();
      continue;
    }
    const element = parent.children[index];
    const match = matchWithin(element, parentMatches[top]);
    if (match.kind === 'known') {
      known.elements.push(element);
      known.matches.push(match);
      if (element.children.length > 0) {
        parents.push(element);
        parentMatches.push(match);
        nextChild.push(0);
      }
    } else if (match.kind === 'unknown') {
      unknown.elements.push(element);
      unknown.matches.push(match);
    }
  }
  return result;
}

/** The model elements of the document, in document order. */
export function knownElements(document: SchemaDocument): MatchedElements<KnownMatch> {
  return documentMatches(document).known;
}

/** The elements the model does not allow where they are, in document order (nothing below them). */
export function unknownElements(document: SchemaDocument): MatchedElements<UnknownMatch> {
  return documentMatches(document).unknown;
}

const localNames = new Map(Object.entries(networkModel.elements).map(([id, def]) => [id, splitQName(def.name).local]));

/** Whether `child`, a child of an element matched as `parent`, is the model element `id`. */
export function isChildOfKind(child: XmlElement, parent: KnownMatch, id: string): boolean {
  // Only an element with the same local name can be: the rest need no namespace lookup.
  const local = localNames.get(id);
  if (local === undefined || !hasLocalName(child.name, local)) return false;
  const match = matchWithin(child, parent);
  return match.kind === 'known' && match.id === id;
}

/** `<bridge>` for messages. */
export function tag(elementId: string): string {
  return `<${elementDef(elementId)?.name ?? elementId}>`;
}

/**
 * How libxml2 reads a value of each model type before checking it. RelaxNG `<value>` choices and
 * XSD numeric datatypes collapse surrounding whitespace; the numeric ones without a pattern facet
 * also take a leading `+`. Types built on `xsd:string` with a pattern take the value verbatim.
 * (Measured with xmllint against libvirt 9.0's network.rng, value by value.)
 */
const LEXICAL: Readonly<Record<string, { trim: boolean; plus: boolean }>> = {
  yesNo: { trim: true, plus: false },
  onOff: { trim: true, plus: false },
  macTableManager: { trim: true, plus: false },
  forwardMode: { trim: true, plus: false },
  forwardDriverName: { trim: true, plus: false },
  pciAddressType: { trim: true, plus: false },
  virtualportType: { trim: true, plus: false },
  vlanTrunk: { trim: true, plus: false },
  vlanNativeMode: { trim: true, plus: false },
  leaseUnit: { trim: true, plus: false },
  // `<data type="unsignedInt">` inline (connections) trims; `ref unsignedInt` with a pattern
  // (route metric) does not. The model has one type for both, so we take the lenient reading.
  unsignedInt: { trim: true, plus: false },
  unsignedLong: { trim: true, plus: false },
  unsignedShort: { trim: true, plus: true },
  port: { trim: true, plus: true },
  uint8: { trim: true, plus: true },
  uint24: { trim: true, plus: true },
  uint32: { trim: true, plus: false },
  pciSlot: { trim: true, plus: true },
  pciFunc: { trim: true, plus: true },
  vlanTagId: { trim: true, plus: false },
  ipPrefix: { trim: true, plus: false },
};

const XML_SPACE = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/** Whether libxml2's RelaxNG validator accepts `value` for the model type `typeId`. */
export function schemaAccepts(typeId: string, value: string): boolean {
  if (checkValueAgainstType(typeId, value)) return true;
  const lexical = LEXICAL[typeId];
  if (!lexical) return false;
  let normalised = lexical.trim ? value.replace(XML_SPACE, '') : value;
  if (lexical.plus && normalised.startsWith('+')) normalised = normalised.slice(1);
  return normalised !== value && normalised !== '' && checkValueAgainstType(typeId, normalised);
}

/** What is wrong with a value the type refuses, e.g. "is not one of on, off". */
export function typeProblem(typeId: string, value: string): string {
  const type = typeDef(typeId);
  if (!type) return `is not valid`;
  if (type.enum) {
    const near = type.enum.find((v) => v.toLowerCase() === value.trim().toLowerCase());
    return `is not one of ${type.enum.join(', ')}${near !== undefined && near !== value ? ` (values are case-sensitive: '${near}')` : ''}`;
  }
  if (type.min !== undefined || type.max !== undefined) {
    const plain = /^[0-9]+$/.test(value) || (type.hexAllowed === true && /^0x[0-9a-fA-F]+$/.test(value));
    if (plain && checkValueAgainstType(typeId, value) === false && matchesPattern(typeId, value)) {
      return `is out of range ${rangeText(type.min, type.max)}`;
    }
  }
  const badChar = firstCharOutsideClass(type.pattern, value);
  if (badChar !== undefined) return `contains '${badChar}', which is not allowed in a ${typeId} (${plainDoc(type.doc)})`;
  const detail = plainDoc(type.doc);
  if (value !== value.trim()) return `is not a valid ${typeId} (no surrounding whitespace allowed here): ${detail}`;
  return `is not a valid ${typeId}: ${detail}`;
}

/** For patterns of the form `^(?:[class]+)$` (names): the first character outside the class. */
function firstCharOutsideClass(pattern: string | undefined, value: string): string | undefined {
  const m = pattern === undefined ? null : /^\^\(\?:(\[[^\]]+\])\+\)\$$/.exec(pattern);
  if (!m || value === '') return undefined;
  const one = new RegExp(`^${m[1]}$`);
  return [...value].find((c) => !one.test(c));
}

function matchesPattern(typeId: string, value: string): boolean {
  const pattern = typeDef(typeId)?.pattern;
  return pattern === undefined || new RegExp(pattern).test(value);
}

function rangeText(min: number | string | undefined, max: number | string | undefined): string {
  if (max === undefined) return `${String(min)} or more`;
  return `${String(min ?? 0)}…${String(max)}`;
}

/** Type docs are markdown; messages are plain text. */
export function plainDoc(doc: string): string {
  return doc.replace(/`([^`]*)`/g, '$1').replace(/\.$/, '');
}

/** The candidate closest to `name` (case-insensitive match first, then edit distance ≤ 2), if any. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase !== undefined) return sameCase;
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor(name.length / 2));
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** False while a start tag is still being typed (no closing `>` yet). */
export function isStartTagComplete(text: string, element: XmlElement): boolean {
  return text[element.startTagEnd - 1] === '>';
}
