/**
 * Proves schemas/network.model.json agrees with libvirt's own RelaxNG schema
 * (/usr/share/libvirt/schemas/network.rng and its includes, libvirt 9.0 on these machines):
 * the same element and attribute paths, the same requiredness and cardinalities, and the same
 * value types. Model entries the 9.0 schema lacks must carry `since` newer than 9.0.0.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import {
  attributeDef,
  checkValueAgainstType,
  childDefByName,
  elementDef,
  networkModel,
  PATTERN_UNIONS,
  resolveElementIds,
  type NetworkModel,
  type TypeDef,
} from '../../server/src/service/model';

const RNG_FILE = '/usr/share/libvirt/schemas/network.rng';
const INSTALLED_LIBVIRT = '9.0.0';
const NAMESPACE_PREFIXES: Record<string, string> = { 'http://libvirt.org/schemas/network/dnsmasq/1.0': 'dnsmasq' };

/** RNG define names whose model type id is spelled differently. */
const MODEL_TYPE_FOR_DEFINE: Record<string, string> = {
  virYesNo: 'yesNo',
  virOnOff: 'onOff',
  'addr-family': 'addrFamily',
  BurstSize: 'burstSize',
  pciDomain: 'uint32',
  pciBus: 'uint8',
};
/** Inline `<data type=…/>` without facets. */
const MODEL_TYPE_FOR_DATATYPE: Record<string, string> = { unsignedInt: 'unsignedInt', unsignedLong: 'unsignedLong' };

/** Where the model follows newer libvirt on purpose; the 9.0 schema is stricter. */
const REQUIREDNESS_NEWER_THAN_9_0: Record<string, string> = {
  'network/forward/driver@name': 'optional since libvirt 10.0 (hostdev driver info with @model); required by the 9.0 schema',
};
const TYPE_FACTS_NEWER_THAN_9_0: Record<string, string> = {
  speed: 'libvirt 11 allows bandwidth rates up to 2^54; the 9.0 schema stops at unsignedInt',
  forwardDriverName: 'newer libvirt adds `xen` to kvm|vfio',
};

// ---------------------------------------------------------------------------------------------
// Reading the RelaxNG grammar

interface RngNode {
  tag: string;
  attrs: Record<string, string>;
  children: RngNode[];
  text: string;
}

type OrderedXml = Record<string, unknown>[];

function toRngNodes(ordered: OrderedXml): RngNode[] {
  const nodes: RngNode[] = [];
  for (const entry of ordered) {
    const tag = Object.keys(entry).find((key) => key !== ':@');
    if (tag === undefined || tag === '#text' || tag.startsWith('?')) continue;
    const content = entry[tag] as OrderedXml;
    const text = content
      .filter((child) => '#text' in child)
      .map((child) => String(child['#text']))
      .join('');
    nodes.push({ tag, attrs: (entry[':@'] ?? {}) as Record<string, string>, children: toRngNodes(content), text });
  }
  return nodes;
}

interface Grammar {
  start: RngNode;
  defines: Map<string, RngNode>;
}

function loadGrammar(file: string): Grammar {
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false });
  const defines = new Map<string, RngNode>();
  let start: RngNode | undefined;
  const load = (currentFile: string): void => {
    const [grammarNode] = toRngNodes(parser.parse(readFileSync(currentFile, 'utf8')) as OrderedXml);
    assert.equal(grammarNode?.tag, 'grammar', `${currentFile} is not a RelaxNG grammar`);
    for (const child of grammarNode.children) {
      if (child.tag === 'include') load(path.join(path.dirname(currentFile), child.attrs.href));
      else if (child.tag === 'start') start = child;
      else if (child.tag === 'define') {
        if (defines.has(child.attrs.name) || child.attrs.combine) throw new Error(`define ${child.attrs.name} is combined; not supported`);
        defines.set(child.attrs.name, child);
      } else throw new Error(`unsupported grammar child <${child.tag}> in ${currentFile}`);
    }
  };
  load(file);
  if (!start) throw new Error('grammar has no <start>');
  return { start, defines };
}

// ---------------------------------------------------------------------------------------------
// Walking the grammar into element/attribute paths

type ValueSig =
  | { kind: 'text' }
  | { kind: 'ref'; name: string }
  | { kind: 'data'; datatype: string; params: Record<string, string> }
  | { kind: 'enum'; values: string[] };

interface Occurs {
  min: number;
  max: number | null;
}

interface Fragment {
  attributes: Map<string, { required: boolean; sigs: ValueSig[] }>;
  children: Map<string, Occurs>;
  text: ValueSig[];
  anyContent: boolean;
}

const emptyFragment = (): Fragment => ({ attributes: new Map(), children: new Map(), text: [], anyContent: false });

/** Patterns in sequence (group, interleave, element content). */
function sequence(fragments: Fragment[]): Fragment {
  const result = emptyFragment();
  for (const fragment of fragments) {
    for (const [name, info] of fragment.attributes) {
      const seen = result.attributes.get(name);
      result.attributes.set(name, seen ? { required: seen.required || info.required, sigs: [...seen.sigs, ...info.sigs] } : info);
    }
    for (const [childPath, occurs] of fragment.children) {
      const seen = result.children.get(childPath);
      result.children.set(childPath, seen
        ? { min: seen.min + occurs.min, max: seen.max === null || occurs.max === null ? null : seen.max + occurs.max }
        : occurs);
    }
    result.text.push(...fragment.text);
    result.anyContent ||= fragment.anyContent;
  }
  return result;
}

/** Alternatives (choice; also several definitions of one element path, e.g. the virtualport forms). */
function alternatives(fragments: Fragment[]): Fragment {
  const result = emptyFragment();
  const attributeNames = new Set(fragments.flatMap((fragment) => [...fragment.attributes.keys()]));
  for (const name of attributeNames) {
    const infos = fragments.map((fragment) => fragment.attributes.get(name));
    result.attributes.set(name, {
      required: infos.every((info) => info?.required === true),
      sigs: infos.flatMap((info) => info?.sigs ?? []),
    });
  }
  const childPaths = new Set(fragments.flatMap((fragment) => [...fragment.children.keys()]));
  for (const childPath of childPaths) {
    const occurs = fragments.map((fragment) => fragment.children.get(childPath) ?? { min: 0, max: 0 });
    result.children.set(childPath, {
      min: Math.min(...occurs.map((o) => o.min)),
      max: occurs.some((o) => o.max === null) ? null : Math.max(...occurs.map((o) => o.max as number)),
    });
  }
  result.text = fragments.flatMap((fragment) => fragment.text);
  result.anyContent = fragments.some((fragment) => fragment.anyContent);
  return result;
}

function optionalized(fragment: Fragment): Fragment {
  for (const info of fragment.attributes.values()) info.required = false;
  for (const occurs of fragment.children.values()) occurs.min = 0;
  return fragment;
}

function repeated(fragment: Fragment): Fragment {
  for (const occurs of fragment.children.values()) occurs.max = null;
  return fragment;
}

interface RngTree {
  grammar: Grammar;
  /** element path (`network/forward/nat/address`) → merged content */
  elements: Map<string, Fragment>;
}

function walkGrammar(grammar: Grammar): RngTree {
  const occurrences = new Map<string, Fragment[]>();

  const qualify = (name: string, ns: string): string => {
    if (ns === '') return name;
    const prefix = NAMESPACE_PREFIXES[ns];
    return prefix ? `${prefix}:${name}` : `{${ns}}${name}`;
  };
  const join = (parent: string, name: string): string => (parent ? `${parent}/${name}` : name);

  const isValuePattern = (node: RngNode): boolean => {
    if (['data', 'value', 'text'].includes(node.tag)) return true;
    if (node.tag === 'choice') return node.children.every(isValuePattern);
    if (node.tag === 'ref') {
      const body = grammar.defines.get(node.attrs.name)?.children ?? [];
      return body.length === 1 && isValuePattern(body[0]);
    }
    return false;
  };

  const valueSig = (nodes: RngNode[]): ValueSig => {
    if (nodes.length === 0) return { kind: 'text' };
    if (nodes.length !== 1) throw new Error(`unsupported value pattern <${nodes.map((n) => n.tag).join(',')}>`);
    const [node] = nodes;
    switch (node.tag) {
      case 'text':
        return { kind: 'text' };
      case 'ref':
        return { kind: 'ref', name: node.attrs.name };
      case 'value':
        return { kind: 'enum', values: [node.text] };
      case 'data':
        return {
          kind: 'data',
          datatype: node.attrs.type,
          params: Object.fromEntries(node.children.filter((p) => p.tag === 'param').map((p) => [p.attrs.name, p.text])),
        };
      case 'choice':
        if (node.children.every((child) => child.tag === 'value')) return { kind: 'enum', values: node.children.map((child) => child.text) };
    }
    throw new Error(`unsupported value pattern <${node.tag}>`);
  };

  const pattern = (node: RngNode, path: string, ns: string, refStack: string[]): Fragment => {
    const group = (nodes: RngNode[], innerNs: string, stack: string[] = refStack): Fragment =>
      sequence(nodes.map((child) => pattern(child, path, innerNs, stack)));
    switch (node.tag) {
      case 'element': {
        if (node.attrs.name === undefined) {
          if (node.children[0]?.tag !== 'anyName') throw new Error(`unsupported element name class under ${path}`);
          return { ...emptyFragment(), anyContent: true };
        }
        const elementNs = node.attrs.ns ?? ns;
        const elementPath = join(path, qualify(node.attrs.name, elementNs));
        const content = sequence(node.children.map((child) => pattern(child, elementPath, elementNs, [])));
        occurrences.set(elementPath, [...(occurrences.get(elementPath) ?? []), content]);
        return { ...emptyFragment(), children: new Map([[elementPath, { min: 1, max: 1 }]]) };
      }
      case 'attribute': {
        if (node.attrs.name === undefined) throw new Error(`unsupported attribute name class under ${path}`);
        const name = qualify(node.attrs.name, node.attrs.ns ?? '');
        return { ...emptyFragment(), attributes: new Map([[name, { required: true, sigs: [valueSig(node.children)] }]]) };
      }
      case 'optional':
        return optionalized(group(node.children, ns));
      case 'zeroOrMore':
        return repeated(optionalized(group(node.children, ns)));
      case 'oneOrMore':
        return repeated(group(node.children, ns));
      case 'group':
      case 'interleave':
        return group(node.children, ns);
      case 'choice':
        return alternatives(node.children.map((child) => pattern(child, path, ns, refStack)));
      case 'ref': {
        const name = node.attrs.name;
        const define = grammar.defines.get(name);
        if (!define) throw new Error(`unresolved ref ${name}`);
        if (isValuePattern(node)) return { ...emptyFragment(), text: [{ kind: 'ref', name }] };
        if (refStack.includes(name)) throw new Error(`recursive ref ${name} under ${path}`);
        return group(define.children, define.attrs.ns ?? '', [...refStack, name]);
      }
      case 'text':
      case 'data':
      case 'value':
        return { ...emptyFragment(), text: [valueSig([node])] };
      case 'empty':
        return emptyFragment();
      default:
        throw new Error(`unsupported RelaxNG pattern <${node.tag}> under ${path}`);
    }
  };

  sequence(grammar.start.children.map((child) => pattern(child, '', '', [])));
  const elements = new Map<string, Fragment>();
  for (const [elementPath, fragments] of occurrences) elements.set(elementPath, alternatives(fragments));
  return { grammar, elements };
}

// ---------------------------------------------------------------------------------------------
// Value facts of an RNG type, for comparison with the model's TypeDef

type Fact =
  | { kind: 'pattern'; pattern: string }
  | { kind: 'value'; value: string }
  | { kind: 'range'; min?: bigint; max?: bigint }
  | { kind: 'maxLength'; length: number }
  | { kind: 'anyText' };

const DATATYPE_RANGES: Record<string, { min?: bigint; max?: bigint }> = {
  int: { min: -(2n ** 31n), max: 2n ** 31n - 1n },
  integer: {},
  unsignedInt: { min: 0n, max: 2n ** 32n - 1n },
  unsignedLong: { min: 0n, max: 2n ** 64n - 1n },
  positiveInteger: { min: 1n },
};

function factsOfSig(sig: ValueSig, grammar: Grammar): Fact[] {
  switch (sig.kind) {
    case 'text':
      return [{ kind: 'anyText' }];
    case 'enum':
      return sig.values.map((value) => ({ kind: 'value', value }));
    case 'ref': {
      const define = grammar.defines.get(sig.name);
      if (!define) throw new Error(`unresolved ref ${sig.name}`);
      return define.children.flatMap((node) => factsOfNode(node, grammar));
    }
    case 'data': {
      if (sig.datatype === 'string') {
        if (sig.params.pattern !== undefined) return [{ kind: 'pattern', pattern: sig.params.pattern }];
        if (sig.params.maxLength !== undefined) return [{ kind: 'maxLength', length: Number(sig.params.maxLength) }];
        return [{ kind: 'anyText' }];
      }
      const range = DATATYPE_RANGES[sig.datatype];
      if (!range) throw new Error(`unsupported datatype ${sig.datatype}`);
      const min = sig.params.minInclusive !== undefined ? BigInt(sig.params.minInclusive) : range.min;
      const max = sig.params.maxInclusive !== undefined ? BigInt(sig.params.maxInclusive) : range.max;
      return [{ kind: 'range', min, max }];
    }
  }
}

function factsOfNode(node: RngNode, grammar: Grammar): Fact[] {
  if (node.tag === 'choice') return node.children.flatMap((child) => factsOfNode(child, grammar));
  if (node.tag === 'ref') return factsOfSig({ kind: 'ref', name: node.attrs.name }, grammar);
  if (['data', 'value', 'text'].includes(node.tag)) {
    const sig = node.tag === 'text' ? { kind: 'text' as const } : node.tag === 'value' ? { kind: 'enum' as const, values: [node.text] } : {
      kind: 'data' as const,
      datatype: node.attrs.type,
      params: Object.fromEntries(node.children.filter((p) => p.tag === 'param').map((p) => [p.attrs.name, p.text])),
    };
    return factsOfSig(sig, grammar);
  }
  throw new Error(`unsupported value pattern <${node.tag}>`);
}

/** Words of a pattern that is a plain alternation of literals, like `(tcp)|(udp)`. */
function literalAlternatives(pattern: string): string[] | undefined {
  const parts = pattern.split('|').map((part) => part.replace(/^\((.*)\)$/, '$1'));
  return parts.every((part) => /^[A-Za-z0-9]+$/.test(part)) ? parts : undefined;
}

const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

function typeFactProblems(typeId: string, type: TypeDef, facts: Fact[], relaxed: boolean): string[] {
  const problems: string[] = [];
  const kinds = new Set(facts.map((fact) => fact.kind));
  const values = facts.flatMap((fact) => (fact.kind === 'value' ? [fact.value] : []));
  const patterns = facts.flatMap((fact) => (fact.kind === 'pattern' ? [fact.pattern] : []));
  const ranges = facts.flatMap((fact) => (fact.kind === 'range' ? [fact] : []));
  if (kinds.size === 1 && kinds.has('value')) {
    const enumValues = type.enum ?? [];
    const agrees = relaxed ? values.every((value) => enumValues.includes(value)) : sameSet(values, enumValues);
    if (!agrees) problems.push(`type ${typeId}: enum [${enumValues}] vs RNG values [${values}]`);
  } else if (kinds.size === 1 && kinds.has('pattern')) {
    if (type.enum) {
      const words = patterns.map(literalAlternatives);
      if (words.some((w) => w === undefined) || !sameSet(words.flat() as string[], type.enum)) {
        problems.push(`type ${typeId}: enum [${type.enum}] vs RNG patterns ${patterns.join(' | ')}`);
      }
    } else {
      const expected = `^(?:${patterns.join('|')})$`;
      if (type.pattern !== expected) problems.push(`type ${typeId}: pattern ${type.pattern} vs RNG ${expected}`);
    }
  } else if (kinds.size === 1 && kinds.has('anyText')) {
    for (const sample of ['', 'any text\nwith <markup> & lines']) {
      if (!checkValueAgainstType(typeId, sample)) problems.push(`type ${typeId}: rejects free text ${JSON.stringify(sample)}`);
    }
  } else if (kinds.size === 1 && kinds.has('maxLength')) {
    for (const fact of facts) {
      if (fact.kind !== 'maxLength') continue;
      if (!checkValueAgainstType(typeId, 'x'.repeat(fact.length))) problems.push(`type ${typeId}: rejects ${fact.length} characters`);
      if (checkValueAgainstType(typeId, 'x'.repeat(fact.length + 1))) problems.push(`type ${typeId}: accepts ${fact.length + 1} characters`);
    }
  } else if (kinds.has('range') && [...kinds].every((kind) => kind === 'range' || kind === 'pattern')) {
    const min = ranges.some((r) => r.min === undefined) ? undefined : ranges.map((r) => r.min as bigint).reduce((a, b) => (a < b ? a : b));
    const max = ranges.some((r) => r.max === undefined) ? undefined : ranges.map((r) => r.max as bigint).reduce((a, b) => (a > b ? a : b));
    const modelMin = type.min === undefined ? undefined : BigInt(type.min);
    const modelMax = type.max === undefined ? undefined : BigInt(type.max);
    if (modelMin !== min) problems.push(`type ${typeId}: min ${modelMin} vs RNG ${min}`);
    if (modelMax !== max && !(relaxed && max !== undefined && modelMax !== undefined && modelMax > max)) {
      problems.push(`type ${typeId}: max ${modelMax} vs RNG ${max}`);
    }
    for (const rngPattern of patterns) {
      if (!type.pattern?.includes(rngPattern)) problems.push(`type ${typeId}: pattern ${type.pattern} lacks RNG alternative ${rngPattern}`);
    }
    if (modelMin !== undefined && !checkValueAgainstType(typeId, String(modelMin))) problems.push(`type ${typeId}: rejects its min`);
    if (modelMin !== undefined && modelMin > 0n && checkValueAgainstType(typeId, String(modelMin - 1n))) problems.push(`type ${typeId}: accepts min-1`);
    if (modelMax !== undefined && !checkValueAgainstType(typeId, String(modelMax))) problems.push(`type ${typeId}: rejects its max`);
    if (modelMax !== undefined && checkValueAgainstType(typeId, String(modelMax + 1n))) problems.push(`type ${typeId}: accepts max+1`);
  } else {
    problems.push(`type ${typeId}: unsupported mix of RNG facts ${[...kinds]}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The model's paths, and the comparison

const newerThanInstalled = (since: string | undefined): boolean => {
  if (since === undefined) return false;
  const [a, b] = [since, INSTALLED_LIBVIRT].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
};

interface ModelPaths {
  elements: Map<string, { id: string; newer: boolean }>;
  attributes: Map<string, { elementId: string; name: string; newer: boolean }>;
}

function modelPaths(model: NetworkModel): ModelPaths {
  const result: ModelPaths = { elements: new Map(), attributes: new Map() };
  const visit = (id: string, parentPath: string, parentNewer: boolean): void => {
    const def = model.elements[id];
    if (!def) return;
    const elementPath = parentPath ? `${parentPath}/${def.name}` : def.name;
    if (result.elements.has(elementPath)) return;
    const newer = parentNewer || newerThanInstalled(def.since);
    result.elements.set(elementPath, { id, newer });
    for (const attribute of def.attributes) {
      result.attributes.set(`${elementPath}@${attribute.name}`, { elementId: id, name: attribute.name, newer: newer || newerThanInstalled(attribute.since) });
    }
    for (const child of def.children) visit(child.ref, elementPath, newer);
  };
  visit(model.root, '', false);
  return result;
}

interface Comparison {
  problems: string[];
  /** model entries the installed schema lacks, allowed because they carry `since` */
  newer: string[];
  /** documented places where the model follows newer libvirt */
  relaxations: string[];
}

function expectedTypeId(sig: ValueSig): string | undefined {
  if (sig.kind === 'text') return 'text';
  if (sig.kind === 'ref') return MODEL_TYPE_FOR_DEFINE[sig.name] ?? sig.name;
  if (sig.kind === 'data' && Object.keys(sig.params).every((p) => p === 'pattern')) return MODEL_TYPE_FOR_DATATYPE[sig.datatype];
  return undefined;
}

function valueProblems(where: string, typeId: string, sigs: ValueSig[], model: NetworkModel, rng: RngTree, relaxations: string[]): string[] {
  const type = model.types[typeId];
  if (!type) return [`${where}: model type '${typeId}' does not exist`];
  const distinct = [...new Map(sigs.map((sig) => [JSON.stringify(sig), sig])).values()];
  const enums = distinct.every((sig) => sig.kind === 'enum');
  const merged: ValueSig[] = enums ? [{ kind: 'enum', values: [...new Set(distinct.flatMap((sig) => (sig.kind === 'enum' ? sig.values : [])))] }] : distinct;
  if (merged.length !== 1) return [`${where}: the RNG gives it several value types ${JSON.stringify(merged)}`];
  const [sig] = merged;
  const expected = expectedTypeId(sig);
  if (expected !== undefined && expected !== typeId) return [`${where}: type ${typeId}, RNG says ${expected}`];
  const relaxed = typeId in TYPE_FACTS_NEWER_THAN_9_0;
  if (relaxed) relaxations.push(`type ${typeId}: ${TYPE_FACTS_NEWER_THAN_9_0[typeId]}`);
  return typeFactProblems(typeId, type, factsOfSig(sig, rng.grammar), relaxed).map((problem) => `${where}: ${problem}`);
}

function compareWithRng(model: NetworkModel, rng: RngTree): Comparison {
  const problems: string[] = [];
  const newer: string[] = [];
  const relaxations: string[] = [];
  const paths = modelPaths(model);

  for (const [elementPath, fragment] of rng.elements) {
    const modelElement = paths.elements.get(elementPath);
    if (!modelElement) {
      problems.push(`element ${elementPath} is in the RNG but not in the model`);
      continue;
    }
    const def = model.elements[modelElement.id];
    if (modelElement.newer) problems.push(`element ${elementPath} is marked newer than ${INSTALLED_LIBVIRT} but the installed RNG has it`);
    if (fragment.anyContent !== (def.anyContent === true)) problems.push(`element ${elementPath}: anyContent ${def.anyContent === true}, RNG ${fragment.anyContent}`);
    if ((fragment.text.length > 0) !== (def.text !== undefined)) problems.push(`element ${elementPath}: text ${def.text ?? 'none'}, RNG ${fragment.text.length > 0 ? 'has text' : 'no text'}`);
    else if (def.text !== undefined) problems.push(...valueProblems(`element ${elementPath} text`, def.text, fragment.text, model, rng, relaxations));

    for (const [childPath, occurs] of fragment.children) {
      const childName = childPath.slice(elementPath.length + 1);
      const ref = def.children.find((child) => model.elements[child.ref]?.name === childName);
      if (!ref) continue; // reported as a missing element path
      if (ref.min !== occurs.min || ref.max !== occurs.max) {
        problems.push(`element ${childPath}: occurs ${ref.min}..${ref.max ?? '*'}, RNG ${occurs.min}..${occurs.max ?? '*'}`);
      }
    }

    for (const [name, info] of fragment.attributes) {
      const attributePath = `${elementPath}@${name}`;
      const attribute = def.attributes.find((a) => a.name === name);
      if (!attribute) {
        problems.push(`attribute ${attributePath} is in the RNG but not in the model`);
        continue;
      }
      if (paths.attributes.get(attributePath)?.newer) problems.push(`attribute ${attributePath} is marked newer than ${INSTALLED_LIBVIRT} but the installed RNG has it`);
      if (attribute.required !== info.required) {
        const reason = REQUIREDNESS_NEWER_THAN_9_0[attributePath];
        if (reason && info.required && !attribute.required) relaxations.push(`${attributePath}: ${reason}`);
        else problems.push(`attribute ${attributePath}: required ${attribute.required}, RNG ${info.required}`);
      }
      problems.push(...valueProblems(`attribute ${attributePath}`, attribute.type, info.sigs, model, rng, relaxations));
    }
  }

  for (const [elementPath, { newer: isNewer }] of paths.elements) {
    if (rng.elements.has(elementPath)) continue;
    if (isNewer) newer.push(`element ${elementPath}`);
    else problems.push(`element ${elementPath} is in the model but not in the RNG, and has no since > ${INSTALLED_LIBVIRT}`);
  }
  for (const [attributePath, { newer: isNewer }] of paths.attributes) {
    const [elementPath, name] = attributePath.split('@');
    if (rng.elements.get(elementPath)?.attributes.has(name)) continue;
    if (isNewer) newer.push(`attribute ${attributePath}`);
    else problems.push(`attribute ${attributePath} is in the model but not in the RNG, and has no since > ${INSTALLED_LIBVIRT}`);
  }
  return { problems, newer, relaxations: [...new Set(relaxations)] };
}

// ---------------------------------------------------------------------------------------------

const rng = walkGrammar(loadGrammar(RNG_FILE));

function rngEnum(attributePath: string): string[] {
  const [elementPath, name] = attributePath.split('@');
  const info = rng.elements.get(elementPath)?.attributes.get(name);
  assert.ok(info, `RNG has no ${attributePath}`);
  return [...new Set(info.sigs.flatMap((sig) => factsOfSig(sig, rng.grammar)).flatMap((fact) => (fact.kind === 'value' ? [fact.value] : [])))];
}

test('the RNG walk finds the network grammar (sanity of the reader itself)', () => {
  assert.ok(rng.elements.size > 35, `only ${rng.elements.size} element paths`);
  for (const expected of ['network/forward/nat/address', 'network/ip/dhcp/host/lease', 'network/portgroup/virtualport/parameters', 'network/dns/host/hostname', 'network/dnsmasq:options/dnsmasq:option']) {
    assert.ok(rng.elements.has(expected), `RNG walk lacks ${expected}`);
  }
  assert.equal(rng.elements.get('network/metadata')?.anyContent, true);
  assert.equal(rng.elements.get('network/forward/nat/address')?.attributes.get('start')?.required, true);
  assert.equal(rng.elements.get('network/ip/dhcp/host')?.attributes.get('mac')?.required, false, 'mac is one branch of a choice');
  assert.equal(rng.elements.get('network/virtualport')?.attributes.get('type')?.required, false, 'one virtualport form has no type');
  assert.deepEqual(rng.elements.get('network/dns/host')?.children.get('network/dns/host/hostname'), { min: 1, max: null });
});

test('every element and attribute path of network.rng is in the model, and the model adds only newer things', (t) => {
  const { problems, newer, relaxations } = compareWithRng(networkModel, rng);
  t.diagnostic(`model entries newer than libvirt ${INSTALLED_LIBVIRT}: ${newer.join('; ')}`);
  t.diagnostic(`model follows newer libvirt here: ${relaxations.join('; ')}`);
  assert.deepEqual(problems, []);
  assert.ok(newer.includes('element network/title'), 'title is a since-9.7 addition');
  assert.ok(newer.includes('attribute network/domain@register'));
  assert.ok(newer.includes('attribute network/forward/driver@model'));
});

test('enum facts from the RNG match the model types', () => {
  const enumOf = (typeId: string): string[] => [...(networkModel.types[typeId]?.enum ?? [])].sort();
  assert.equal(attributeDef('forward', 'mode')?.type, 'forwardMode');
  assert.deepEqual(enumOf('forwardMode'), rngEnum('network/forward@mode').sort());
  assert.equal(attributeDef('dhcp.lease', 'unit')?.type, 'leaseUnit');
  assert.deepEqual(enumOf('leaseUnit'), rngEnum('network/ip/dhcp/range/lease@unit').sort());
  assert.deepEqual(enumOf('leaseUnit'), ['hours', 'minutes', 'seconds']);
  assert.equal(attributeDef('virtualport', 'type')?.type, 'virtualportType');
  assert.deepEqual(enumOf('virtualportType'), rngEnum('network/virtualport@type').sort());
  assert.deepEqual(enumOf('virtualportType'), rngEnum('network/portgroup/virtualport@type').sort());
  assert.deepEqual(enumOf('macTableManager'), rngEnum('network/bridge@macTableManager').sort());
  assert.deepEqual(enumOf('vlanNativeMode'), rngEnum('network/vlan/tag@nativeMode').sort());
  const driverNames = rngEnum('network/forward/driver@name');
  assert.ok(driverNames.length > 0, 'the RNG lists forward driver names');
  for (const value of driverNames) assert.ok(enumOf('forwardDriverName').includes(value), value);
});

test('every ref and type in the model resolves, every element is reachable, every entry is documented', () => {
  const model = networkModel;
  assert.ok(model.elements[model.root], 'root resolves');
  const reachable = modelPaths(model);
  const reachableIds = new Set([...reachable.elements.values()].map((e) => e.id));
  for (const [id, def] of Object.entries(model.elements)) {
    assert.ok(reachableIds.has(id), `${id} is not reachable from the root`);
    assert.ok(def.doc.trim().length > 20, `${id} needs a doc`);
    if (def.text !== undefined) assert.ok(model.types[def.text], `${id} text type ${def.text}`);
    if (def.since !== undefined) assert.ok(newerThanInstalled(def.since), `${id} since ${def.since} must be > ${INSTALLED_LIBVIRT}`);
    assert.equal(def.name.includes(':'), def.namespace !== undefined, `${id}: a qualified name needs its namespace`);
    const attributeNames = def.attributes.map((a) => a.name);
    assert.equal(new Set(attributeNames).size, attributeNames.length, `${id} has duplicate attributes`);
    for (const attribute of def.attributes) {
      assert.ok(model.types[attribute.type], `${id}@${attribute.name} type ${attribute.type} resolves`);
      assert.ok(attribute.doc.trim().length > 5, `${id}@${attribute.name} needs a doc`);
      if (attribute.since !== undefined) assert.ok(newerThanInstalled(attribute.since), `${id}@${attribute.name} since ${attribute.since}`);
    }
    const childNames: string[] = [];
    for (const child of def.children) {
      const childDef = model.elements[child.ref];
      assert.ok(childDef, `${id} child ref ${child.ref} resolves`);
      assert.ok(child.min >= 0 && (child.max === null || child.max >= Math.max(1, child.min)), `${id} -> ${child.ref} occurrence range`);
      childNames.push(childDef.name);
    }
    assert.equal(new Set(childNames).size, childNames.length, `${id} has two children with one XML name`);
  }
  for (const [typeId, type] of Object.entries(model.types)) {
    assert.ok(type.doc.length > 0, `type ${typeId} needs a doc`);
    assert.ok(type.enum !== undefined || type.pattern !== undefined, `type ${typeId} constrains nothing`);
    if (type.pattern !== undefined) assert.doesNotThrow(() => new RegExp(type.pattern as string), `type ${typeId} pattern compiles`);
  }
});

test('the comparison catches a model that drifted from the RNG', () => {
  const mutate = (change: (model: NetworkModel) => void): string[] => {
    const copy = structuredClone(networkModel);
    change(copy);
    return compareWithRng(copy, rng).problems;
  };
  assert.ok(
    mutate((m) => { m.elements['forward.nat.address'].attributes = m.elements['forward.nat.address'].attributes.filter((a) => a.name !== 'start'); })
      .some((p) => p.includes('network/forward/nat/address@start')),
    'a deleted attribute is reported',
  );
  assert.ok(
    mutate((m) => { m.elements['ip.dhcp'].children = m.elements['ip.dhcp'].children.filter((c) => c.ref !== 'dhcp.bootp'); })
      .some((p) => p.includes('network/ip/dhcp/bootp')),
    'a deleted child is reported',
  );
  assert.ok(
    mutate((m) => { m.elements.bridge.attributes.push({ name: 'color', type: 'text', required: false, doc: 'made up' }); })
      .some((p) => p.includes('network/bridge@color')),
    'an invented attribute without since is reported',
  );
  assert.ok(
    mutate((m) => { m.elements.route.attributes.find((a) => a.name === 'gateway')!.required = false; })
      .some((p) => p.includes('network/route@gateway: required')),
    'a wrong required flag is reported',
  );
  assert.ok(
    mutate((m) => { m.types.forwardMode.enum = ['nat', 'route']; }).some((p) => p.includes('forwardMode')),
    'a shrunken enum is reported',
  );
  assert.ok(
    mutate((m) => { m.elements.dns.children.find((c) => c.ref === 'dns.txt')!.max = 1; }).some((p) => p.includes('network/dns/txt: occurs')),
    'a wrong cardinality is reported',
  );
  assert.ok(
    mutate((m) => { m.elements['dhcp.host'].attributes.find((a) => a.name === 'ip')!.type = 'ipv4Addr'; }).some((p) => p.includes('network/ip/dhcp/host@ip')),
    'a wrong attribute type is reported',
  );
  assert.ok(
    mutate((m) => { m.types.uint8.max = 256; }).some((p) => p.includes('type uint8: max')),
    'a wrong range is reported',
  );
  assert.ok(
    mutate((m) => { m.types.dnsName.pattern = '^.+$'; }).some((p) => p.includes('type dnsName: pattern')),
    'a loosened pattern is reported',
  );
  assert.ok(
    mutate((m) => { m.elements.uuid.text = 'text'; }).some((p) => p.includes('network/uuid text')),
    'a wrong text type is reported',
  );
});

test('lookups: element ids along a path, same XML name under different parents', () => {
  assert.deepEqual(resolveElementIds(['network', 'forward', 'nat', 'address']), ['network', 'forward', 'forward.nat', 'forward.nat.address']);
  assert.deepEqual(resolveElementIds(['network', 'forward', 'address']), ['network', 'forward', 'forward.address']);
  assert.deepEqual(resolveElementIds(['network', 'ip', 'dhcp', 'host', 'lease']), ['network', 'ip', 'ip.dhcp', 'dhcp.host', 'dhcp.lease']);
  assert.deepEqual(resolveElementIds(['network', 'bogus', 'x']), ['network', undefined, undefined]);
  assert.deepEqual(resolveElementIds(['domain', 'name']), [undefined, undefined]);
  assert.equal(childDefByName('dns', 'host'), elementDef('dns.host'));
  assert.equal(childDefByName('ip.dhcp', 'host'), elementDef('dhcp.host'));
  assert.notEqual(elementDef('dns.host'), elementDef('dhcp.host'));
  assert.equal(childDefByName('network', 'dnsmasq:options')?.namespace, 'http://libvirt.org/schemas/network/dnsmasq/1.0');
  assert.equal(childDefByName('network', 'nope'), undefined);
  assert.equal(attributeDef('forward.nat.port', 'start')?.type, 'port');
  assert.equal(attributeDef('forward.nat.port', 'nope'), undefined);
  assert.equal(elementDef('toString'), undefined);
});

test('checkValueAgainstType: patterns, enums, integer ranges with hex', () => {
  const cases: [string, string, boolean][] = [
    ['ipv4Addr', '192.168.122.1', true], ['ipv4Addr', '192.168.122.01', false], ['ipv4Addr', '10.1', false],
    ['ipv6Addr', 'fd00::1', true], ['ipv6Addr', 'fe80::1%eth0', false], ['ipAddr', '::ffff:10.0.0.1', true],
    ['uniMacAddr', '52:54:00:00:00:01', true], ['uniMacAddr', '01:00:5e:00:00:01', false],
    ['UUID', '3e3fce45-4f53-4fa7-bb32-11f34168b82b', true], ['UUID', '3e3fce454f534fa7bb3211f34168b82b', true], ['UUID', 'xyz', false],
    ['deviceName', 'virbr0', true], ['deviceName', 'virbr%d', false],
    ['yesNo', 'yes', true], ['yesNo', 'maybe', false], ['forwardMode', 'hostdev', true], ['forwardMode', 'NAT', false],
    ['uint8', '0xff', true], ['uint8', '255', true], ['uint8', '256', false], ['uint8', '0x100', false],
    ['uint32', 'ffffffff', true], ['uint32', '4294967296', false],
    ['pciSlot', '0x1f', true], ['pciSlot', '31', true], ['pciSlot', '32', false], ['pciFunc', '7', true], ['pciFunc', '8', false],
    ['port', '0', false], ['port', '65535', true], ['unsignedShort', '0', true], ['unsignedShort', '-1', false],
    ['unsignedLong', '18446744073709551615', true], ['unsignedLong', '18446744073709551616', false],
    ['speed', '18014398509481984', true], ['speed', '0', false], ['vlanTagId', '4096', false],
    ['DUID', '00:04:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff:00', true], ['DUID', '00:09:11', false],
    ['text', '', true], ['filePath', '', false], ['objectNameWithSlash', 'a\nb', false],
  ];
  for (const [typeId, value, expected] of cases) {
    assert.equal(checkValueAgainstType(typeId, value), expected, `${typeId} ${JSON.stringify(value)}`);
  }
  assert.throws(() => checkValueAgainstType('noSuchType', 'x'), /unknown type/);
});

test('a type checked as a union of others has exactly their patterns, and answers as its own pattern would', () => {
  assert.ok(Object.keys(PATTERN_UNIONS).length > 0);
  const inner = (typeId: string) => (networkModel.types[typeId].pattern as string).replace(/^\^\(\?:/, '').replace(/\)\$$/, '');
  for (const [typeId, parts] of Object.entries(PATTERN_UNIONS)) {
    assert.equal(networkModel.types[typeId].pattern, `^(?:${parts.map(inner).join('|')})$`, typeId);
  }
  // Addresses near every edge of both families, and values that are neither.
  const octets = ['0', '1', '9', '10', '99', '100', '199', '200', '249', '250', '255', '256', '299', '300', '00', '01', '010', '0x1', '', ' 1', '1 ', '+1', '-1', '1e2', '١'];
  const values = ['::', '::1', '1::', 'fd00::1', 'FD00::A:b', '::ffff:10.0.0.1', '::ffff:10.0.0.256', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::', '1::2::3', ':1::', 'fe80::1%eth0', '12345::', 'g::1', '1.2.3', '1.2.3.4.5', '1..2.3', '.1.2.3', '1.2.3.', '10.1', '0xC0A80101', '192.168.1.1/24', ''];
  for (const a of octets) for (const b of ['0', '255', a]) values.push(`${a}.${b}.1.${a}`, `1.${a}.${b}.1`);
  for (const typeId of ['ipv4Addr', 'ipAddr', 'ipv6Addr']) {
    const pattern = new RegExp(networkModel.types[typeId].pattern as string);
    for (const value of values) assert.equal(checkValueAgainstType(typeId, value), pattern.test(value), `${typeId} ${JSON.stringify(value)}`);
  }
});

test('types whose pattern matches any text accept what the pattern accepts, without running it', () => {
  const anyText = Object.entries(networkModel.types).filter(([, type]) => type.pattern === '^[\\s\\S]*$');
  assert.ok(anyText.length > 0, 'the model has such a type (text)');
  const values = ['', ' ', 'guest-1', 'a\nb', '\u0000', '<&>', 'x'.repeat(5000)];
  for (const [typeId, type] of anyText) {
    const pattern = new RegExp(type.pattern as string);
    for (const value of values) assert.equal(checkValueAgainstType(typeId, value), pattern.test(value), `${typeId} ${JSON.stringify(value.slice(0, 20))}`);
  }
});
