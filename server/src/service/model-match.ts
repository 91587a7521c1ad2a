/**
 * Pairs elements of a document with their definitions in the network model, the way the RelaxNG
 * validator does: by local name *and* namespace URI (so any prefix bound to the dnsmasq namespace
 * works, and an unbound prefix does not). Shared by the schema rules, completion and hover.
 * Pure: no fs, no LSP.
 */
import { attributeDefs, elementDef, networkModel, requiredAttributeDefs, type AttributeDef, type ElementDef } from './model';

/** The minimum an element needs to be matched: the parsed tree and completion's tolerant tree both have it. */
export interface MatchableElement {
  name: string;
  attributes: readonly { name: string; value: string }[];
  parent: MatchableElement | undefined;
}

/** A model element; one shared object per model element id (see knownMatch). */
export interface KnownMatch {
  kind: 'known';
  id: string;
  def: ElementDef;
  /** The model names it without a prefix: its unprefixed children share its namespace. */
  unprefixed: boolean;
  /** Its attributes by name, and the required ones (the model's indexes, at hand for per-element loops). */
  attributes: ReadonlyMap<string, AttributeDef>;
  requiredAttributes: readonly AttributeDef[];
}

/** Not allowed where it is: its parent is a model element (`parentId`) that has no such child. */
export interface UnknownMatch {
  kind: 'unknown';
  parentId: string | undefined;
  namespace: string | undefined;
  prefixUnbound: boolean;
}

export type ElementMatch =
  /** A model element. */
  | KnownMatch
  | UnknownMatch
  /** Inside an element that takes any content (`<metadata>`): nothing to check. */
  | { kind: 'free' }
  /** Below an unknown element: already reported there. */
  | { kind: 'orphan' };

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** `xmlns` and `xmlns:*` are namespace declarations, not attributes, for the schema. */
export function isNamespaceDeclaration(attributeName: string): boolean {
  return attributeName === 'xmlns' || attributeName.startsWith('xmlns:');
}

export function splitQName(qname: string): { prefix: string | undefined; local: string } {
  const colon = qname.indexOf(':');
  return colon < 0 ? { prefix: undefined, local: qname } : { prefix: qname.slice(0, colon), local: qname.slice(colon + 1) };
}

/** Whether the qualified name `qname` has the local part `local` (any prefix or none), without slicing it. */
export function hasLocalName(qname: string, local: string): boolean {
  return qname.length - qname.indexOf(':') - 1 === local.length && qname.endsWith(local);
}

/**
 * Namespace URI bound to `prefix` (undefined = the default namespace) in scope at `element`.
 * Returns '' for no namespace, undefined for an unbound prefix.
 */
export function lookupNamespace(element: MatchableElement, prefix: string | undefined): string | undefined {
  if (prefix === 'xml') return XML_NAMESPACE;
  const declaration = prefix === undefined ? 'xmlns' : `xmlns:${prefix}`;
  for (let e: MatchableElement | undefined = element; e; e = e.parent) {
    const found = attributeNamed(e, declaration);
    if (found) return found.value;
  }
  return prefix === undefined ? '' : undefined;
}

/** Namespace URI of an element ('' = none, undefined = its prefix is not declared). */
export function namespaceOf(element: MatchableElement): string | undefined {
  return lookupNamespace(element, splitQName(element.name).prefix);
}

function attributeNamed(element: MatchableElement, name: string): { value: string } | undefined {
  const attributes = element.attributes;
  for (let i = 0; i < attributes.length; i++) if (attributes[i].name === name) return attributes[i];
  return undefined;
}

/**
 * The model is fixed: index each element's children by local name once. A name maps to its
 * candidates in model order, each with its namespace ('' = none); the first whose namespace
 * matches wins.
 */
const childIndex = new Map<string, Map<string, { namespace: string; id: string }[]>>();
for (const [parentId, parent] of Object.entries(networkModel.elements)) {
  const byLocal = new Map<string, { namespace: string; id: string }[]>();
  for (const ref of parent.children) {
    const def = elementDef(ref.ref);
    if (!def) continue;
    const local = splitQName(def.name).local;
    const candidates = byLocal.get(local) ?? [];
    candidates.push({ namespace: def.namespace ?? '', id: ref.ref });
    byLocal.set(local, candidates);
  }
  childIndex.set(parentId, byLocal);
}

/** The child definition id of `parentId` that an element with this local name and namespace denotes. */
export function childIdFor(parentId: string, local: string, namespace: string | undefined): string | undefined {
  const candidates = childIndex.get(parentId)?.get(local);
  if (!candidates) return undefined;
  for (let i = 0; i < candidates.length; i++) if (candidates[i].namespace === namespace) return candidates[i].id;
  return undefined;
}

/** Known matches carry nothing but the model element, so one object per id serves every element. */
const knownMatches = new Map<string, KnownMatch>();

function knownMatch(id: string, def: ElementDef): KnownMatch {
  let match = knownMatches.get(id);
  if (!match) {
    match = { kind: 'known', id, def, unprefixed: !def.name.includes(':'), attributes: attributeDefs(id), requiredAttributes: requiredAttributeDefs(id) };
    knownMatches.set(id, match);
  }
  return match;
}

const FREE: ElementMatch = { kind: 'free' };
const ORPHAN: ElementMatch = { kind: 'orphan' };

const cache = new WeakMap<MatchableElement, ElementMatch>();

/** What the model says about `element`, given where it is. Memoised per element object. */
export function matchElement(element: MatchableElement): ElementMatch {
  const cached = cache.get(element);
  if (cached) return cached;
  // Resolve the uncached ancestors top-down, without recursion (documents can be deep).
  const chain: MatchableElement[] = [];
  for (let e: MatchableElement | undefined = element; e && !cache.has(e); e = e.parent) chain.push(e);
  let result: ElementMatch = ORPHAN;
  for (let i = chain.length - 1; i >= 0; i--) {
    const parent = chain[i].parent;
    result = matchWithin(chain[i], parent ? cache.get(parent) : undefined);
    cache.set(chain[i], result);
  }
  return result;
}

/**
 * What the model says about `element` when its parent's match is already known (`undefined` for
 * the root): matchElement without the memo, for walks that go top-down anyway. Allocates nothing
 * for model elements in no namespace, the common case.
 */
export function matchWithin(element: MatchableElement, parentMatch: ElementMatch | undefined): ElementMatch {
  // Cheap verdicts first: only children of model elements need their namespace resolved.
  if (element.parent) {
    if (!parentMatch) return ORPHAN;
    if (parentMatch.kind === 'free') return parentMatch;
    if (parentMatch.kind !== 'known') return ORPHAN;
    if (parentMatch.def.anyContent) return FREE;
  }
  const name = element.name;
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? undefined : name.slice(0, colon);
  const local = colon < 0 ? name : name.slice(colon + 1);
  // Unprefixed children of a known element without an xmlns of their own share its namespace.
  const inherited = prefix === undefined && parentMatch?.kind === 'known' && parentMatch.unprefixed && !attributeNamed(element, 'xmlns');
  if (inherited && element.parent) {
    // Then the match depends on the parent's id and the name alone: look it up once. Siblings
    // mostly share a name (thousands of <host>s): the last answer first.
    if (lastInherited !== undefined && parentMatch === lastInherited.parent && name === lastInherited.name) return lastInherited.match;
    let byName = inheritedMatches.get(parentMatch.id);
    if (!byName) inheritedMatches.set(parentMatch.id, (byName = new Map()));
    const known = byName.get(name);
    if (known) return rememberInherited(parentMatch, name, known);
    const match = childMatch(parentMatch, name, parentMatch.def.namespace ?? '');
    // Only model elements are kept: names the model lacks could be anything a user ever typed.
    if (match.kind === 'known') byName.set(name, rememberInherited(parentMatch, name, match));
    return match;
  }
  const namespace = lookupNamespace(element, prefix);
  const prefixUnbound = namespace === undefined;
  if (!element.parent || parentMatch?.kind !== 'known') {
    const root = elementDef(networkModel.root);
    if (root && root.name === local && namespace === '') return knownMatch(networkModel.root, root);
    return { kind: 'unknown', parentId: undefined, namespace, prefixUnbound };
  }
  return childMatch(parentMatch, local, namespace);
}

/** Known children by parent id and name, for children that share their parent's namespace (see matchWithin). */
const inheritedMatches = new Map<string, Map<string, KnownMatch>>();

/** The last of those answers (only model elements: the name kept is one the model has). */
let lastInherited: { parent: KnownMatch; name: string; match: KnownMatch } | undefined;

function rememberInherited(parent: KnownMatch, name: string, match: KnownMatch): KnownMatch {
  lastInherited = { parent, name, match };
  return match;
}

/** What the model says about a child called `local` in `namespace` (undefined: an unbound prefix) of a known element. */
function childMatch(parentMatch: KnownMatch, local: string, namespace: string | undefined): KnownMatch | UnknownMatch {
  const id = namespace === undefined ? undefined : childIdFor(parentMatch.id, local, namespace);
  const def = id === undefined ? undefined : elementDef(id);
  if (id !== undefined && def) return knownMatch(id, def);
  return { kind: 'unknown', parentId: parentMatch.id, namespace, prefixUnbound: namespace === undefined };
}

/** The XML names the model allows as children of `parentId`, in model order. */
export function allowedChildNames(parentId: string): string[] {
  return (elementDef(parentId)?.children ?? []).map((c) => elementDef(c.ref)?.name ?? c.ref);
}

/** Ids of every model element with this XML (local) name, wherever it lives: for "it belongs in …" hints. */
export function elementIdsNamed(local: string): string[] {
  return Object.entries(networkModel.elements)
    .filter(([, def]) => splitQName(def.name).local === local)
    .map(([id]) => id);
}

/** Ids of the elements that list `childId` among their children. */
export function parentIdsOf(childId: string): string[] {
  return Object.entries(networkModel.elements)
    .filter(([, def]) => def.children.some((c) => c.ref === childId))
    .map(([id]) => id);
}
