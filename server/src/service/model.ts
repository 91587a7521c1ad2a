/**
 * Typed access to the libvirt network model in schemas/network.model.json: elements, their
 * attributes and children, and value types. Completion, hover and structural validation all read
 * it; test/unit/model-rng.test.ts proves it agrees with libvirt's network.rng.
 * Pure: no fs, no LSP.
 */
import modelJson from '../../../schemas/network.model.json';

export interface AttributeDef {
  name: string;
  /** id of a TypeDef in `NetworkModel.types` */
  type: string;
  /** required by the RelaxNG schema (choices of forms list the union, so alternatives are optional) */
  required: boolean;
  doc: string;
  /** upstream libvirt version that added it, only for additions newer than 9.0.0 */
  since?: string;
}

export interface ChildRef {
  /** id of an ElementDef */
  ref: string;
  min: number;
  /** null = unbounded */
  max: number | null;
}

export interface ElementDef {
  /** XML element name; qualified (`dnsmasq:options`) for namespaced elements */
  name: string;
  /** namespace URI of a qualified `name` */
  namespace?: string;
  doc: string;
  since?: string;
  /** type id of the element's text content, if it has text */
  text?: string;
  /** foreign-namespace children of any shape are allowed (metadata) */
  anyContent?: boolean;
  attributes: AttributeDef[];
  children: ChildRef[];
}

export interface TypeDef {
  doc: string;
  /** JS regex source matching the whole value */
  pattern?: string;
  enum?: string[];
  /** integer range; a bound beyond 2^53 is written as a decimal string to stay exact */
  min?: number | string;
  max?: number | string;
  /** `0x…` values count as hex numbers in the range check */
  hexAllowed?: boolean;
}

export interface NetworkModel {
  /** id of the root element definition */
  root: string;
  elements: Record<string, ElementDef>;
  types: Record<string, TypeDef>;
}

export const networkModel: NetworkModel = modelJson as unknown as NetworkModel;

const childIdsByParent = new Map<string, Map<string, string>>();
for (const [id, def] of Object.entries(networkModel.elements)) {
  const byName = new Map<string, string>();
  for (const child of def.children) {
    const childDef = networkModel.elements[child.ref];
    if (childDef) byName.set(childDef.name, child.ref);
  }
  childIdsByParent.set(id, byName);
}

/** A type ready for checking: every attribute value of a document goes through one. */
interface CompiledType {
  def: TypeDef;
  /** Whether a value matches the type's pattern; undefined for a type without one. */
  matches: ((value: string) => boolean) | undefined;
  min: bigint | undefined;
  max: bigint | undefined;
}

/**
 * Types whose pattern is exactly the union of other types' patterns: checked through those. V8
 * compiles a pattern on its first use in every process, and the address patterns take
 * milliseconds (ipAddr's 1,000 characters about 2 ms, on top of ipv6Addr's), a noticeable part of
 * a short CLI run. A test holds each union against the model's patterns.
 */
export const PATTERN_UNIONS: Readonly<Record<string, readonly string[]>> = { ipAddr: ['ipv4Addr', 'ipv6Addr'] };

/** A pattern every string matches (`text`, every host name's type): no regex to run for it. */
const ANY_TEXT = '^[\\s\\S]*$';

const compiledTypes = new Map<string, CompiledType>();
for (const [id, type] of Object.entries(networkModel.types)) {
  if (type.pattern === undefined || Object.prototype.hasOwnProperty.call(PATTERN_UNIONS, id)) continue;
  // Only without bounds: with them, a pattern (even this one) lets non-numbers through.
  if (type.pattern === ANY_TEXT && type.min === undefined && type.max === undefined) continue;
  const pattern = new RegExp(withoutCaptures(type.pattern));
  compiledTypes.set(id, compiledType(type, (value) => pattern.test(value)));
}
for (const [id, parts] of Object.entries(PATTERN_UNIONS)) {
  const alternatives = parts.map((part) => compiledTypes.get(part)?.matches as (value: string) => boolean);
  const matchesAny = (value: string): boolean => {
    for (let i = 0; i < alternatives.length; i++) if (alternatives[i](value)) return true;
    return false;
  };
  compiledTypes.set(id, compiledType(networkModel.types[id], matchesAny));
}
for (const [id, type] of Object.entries(networkModel.types)) if (!compiledTypes.has(id)) compiledTypes.set(id, compiledType(type, undefined));

function compiledType(def: TypeDef, matches: CompiledType['matches']): CompiledType {
  return { def, matches, min: def.min === undefined ? undefined : BigInt(def.min), max: def.max === undefined ? undefined : BigInt(def.max) };
}

/**
 * The pattern with its groups made non-capturing: a match test needs no captures, and V8 resets
 * every capture register on each attempt (the address patterns have about a hundred groups).
 * Escapes and character classes are copied as they are; the patterns use no backreferences.
 */
function withoutCaptures(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += c === '(' && pattern[i + 1] !== '?' ? '(?:' : c;
  }
  return out;
}

export function elementDef(id: string): ElementDef | undefined {
  return Object.prototype.hasOwnProperty.call(networkModel.elements, id) ? networkModel.elements[id] : undefined;
}

/** Id of the child element definition that `xmlName` denotes under the element `parentId`. */
export function childIdByName(parentId: string, xmlName: string): string | undefined {
  return childIdsByParent.get(parentId)?.get(xmlName);
}

export function childDefByName(parentId: string, xmlName: string): ElementDef | undefined {
  const id = childIdByName(parentId, xmlName);
  return id === undefined ? undefined : networkModel.elements[id];
}

// The model is fixed: index each element's attributes once (looked up for every attribute of every element).
const attributesByElement = new Map<string, ReadonlyMap<string, AttributeDef>>();
for (const [id, def] of Object.entries(networkModel.elements)) attributesByElement.set(id, new Map(def.attributes.map((a) => [a.name, a])));
const NO_ATTRIBUTES: ReadonlyMap<string, AttributeDef> = new Map();

export function attributeDef(elementId: string, name: string): AttributeDef | undefined {
  return attributesByElement.get(elementId)?.get(name);
}

const requiredAttributesByElement = new Map<string, readonly AttributeDef[]>();
const NO_REQUIRED_ATTRIBUTES: readonly AttributeDef[] = [];
for (const [id, def] of Object.entries(networkModel.elements)) requiredAttributesByElement.set(id, def.attributes.filter((a) => a.required));

/** The attributes the element must have (most elements: none), for a check run on every element. */
export function requiredAttributeDefs(elementId: string): readonly AttributeDef[] {
  return requiredAttributesByElement.get(elementId) ?? NO_REQUIRED_ATTRIBUTES;
}

/** The element's attributes by name: for loops over many attributes of one element. */
export function attributeDefs(elementId: string): ReadonlyMap<string, AttributeDef> {
  return attributesByElement.get(elementId) ?? NO_ATTRIBUTES;
}

export function typeDef(typeId: string): TypeDef | undefined {
  return Object.prototype.hasOwnProperty.call(networkModel.types, typeId) ? networkModel.types[typeId] : undefined;
}

/** Whether `value` is a valid lexical value of the type. Throws for an unknown type id (a programming error). */
export function checkValueAgainstType(typeId: string, value: string): boolean {
  const compiled = compiledTypes.get(typeId);
  if (!compiled) throw new Error(`unknown type '${typeId}' in the network model`);
  const { def: type, matches, min, max } = compiled;
  if (type.enum) return type.enum.includes(value);
  if (matches && !matches(value)) return false;
  if (min === undefined && max === undefined) return true;
  const number = integerValue(value, type.hexAllowed === true);
  // A value the pattern accepts but that is not a plain number (uint32 'ff') is valid by pattern alone.
  if (number === undefined) return matches !== undefined;
  if (min !== undefined && number < min) return false;
  if (max !== undefined && number > max) return false;
  return true;
}

function integerValue(value: string, hexAllowed: boolean): bigint | undefined {
  if (/^[0-9]+$/.test(value)) return BigInt(value);
  if (hexAllowed && /^0x[0-9a-fA-F]+$/.test(value)) return BigInt(value);
  return undefined;
}

/**
 * Element ids along a path of XML element names from the root, e.g.
 * `['network', 'forward', 'nat', 'address']` → `['network', 'forward', 'forward.nat', 'forward.nat.address']`.
 * An unknown name yields undefined there and for everything below it.
 */
export function resolveElementIds(pathOfXmlNames: string[]): (string | undefined)[] {
  const ids: (string | undefined)[] = [];
  let current: string | undefined;
  pathOfXmlNames.forEach((xmlName, index) => {
    if (index === 0) {
      current = networkModel.elements[networkModel.root]?.name === xmlName ? networkModel.root : undefined;
    } else {
      current = current === undefined ? undefined : childIdByName(current, xmlName);
    }
    ids.push(current);
  });
  return ids;
}
