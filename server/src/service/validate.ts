import { parseXml } from './parse';
import { resetAddressMemo } from './ip';
import { computeFacts } from './facts';
import { NO_HOST_FACTS, type HostFacts } from './host-facts';
import { allRules } from './rules/registry';
import { looksLikeNetwork, rootNotNetwork } from './rules/root-not-network';
import { rangeOf, type Layer, type QuickFix, type Rule, type RuleContext, type Severity } from './rule';
import type { OffsetRange, ParsedXml } from './xml';

export type SeveritySetting = Severity | 'off';

export interface ValidateOptions {
  /** Per-rule severity overrides (rule id -> severity or 'off'). */
  severities?: Readonly<Record<string, SeveritySetting>>;
  host?: HostFacts;
  /** Restrict to these rules (tests). */
  rules?: readonly Rule[];
  /** Run rules even in documents without the elements they need (`Rule.elements`): tests of those lists. */
  ignoreElementLists?: boolean;
}

export interface Problem {
  code: string;
  severity: Severity;
  layer: Layer | 'xml';
  range: OffsetRange;
  /** libvirt's wording with the real values. */
  message: string;
  hint?: string;
  fixes?: QuickFix[];
}

export interface ValidationResult {
  xml: ParsedXml;
  /** False when the document is not a libvirt network definition: nothing is reported then. */
  isNetwork: boolean;
  problems: Problem[];
  /** Rules that threw (a bug of ours): reported to the log, never to the user as a diagnostic. */
  ruleFailures: { rule: string; error: unknown }[];
}

export const WELL_FORMED_RULE_ID = 'xml-well-formed';

const NETWORK_START = /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<network[\s>/]/;

export function validateText(text: string, options: ValidateOptions = {}): ValidationResult {
  resetAddressMemo();
  const xml = parseXml(text);
  // A root that is not <network> but is clearly meant to be one gets libvirt's root error alone.
  const isNetwork = xml.root ? looksLikeNetwork(xml.root) : NETWORK_START.test(text);
  const result: ValidationResult = { xml, isNetwork, problems: [], ruleFailures: [] };
  if (!isNetwork) return result;
  const severities = options.severities ?? {};
  const wellFormedSeverity = severities[WELL_FORMED_RULE_ID] ?? 'error';
  if (wellFormedSeverity !== 'off') {
    for (const e of xml.errors) result.problems.push({ code: WELL_FORMED_RULE_ID, severity: wellFormedSeverity, layer: 'xml', range: e.range, message: e.message });
  }
  const root = xml.root;
  if (!root) return result;
  const facts = computeFacts(root);
  const host = options.host ?? NO_HOST_FACTS;
  const rules = root.name === 'network' ? (options.rules ?? allRules) : (options.rules ?? allRules).filter((r) => r === rootNotNetwork);
  runRules(rules, { xml, root, facts, host }, options.ignoreElementLists ? undefined : xml.elementNames, severities, result);
  result.problems = withoutRedundantSchemaProblems(result.problems);
  result.problems.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return result;
}

/**
 * The rule loop, apart from validateText: the loop is what gets hot and optimised, and alone it
 * compiles quickly (inside validateText the optimiser would take the whole parser along).
 */
function runRules(
  rules: readonly Rule[],
  document: Omit<RuleContext, 'report'>,
  /** When given, rules with an `elements` list run only if one of them is here. */
  elementNames: ReadonlySet<string> | undefined,
  severities: Readonly<Record<string, SeveritySetting>>,
  result: ValidationResult,
): void {
  // Most runs override nothing: then no lookup per rule (a miss on a plain object is a slow one).
  const overrides = Object.keys(severities).length > 0 ? severities : undefined;
  // One context for every rule, told which rule is running: no object and closure per rule.
  let current: Rule = rules[0];
  let severity: Severity = 'error';
  const ctx: RuleContext = {
    ...document,
    report(target, message, hint, fixes) {
      result.problems.push({ code: current.id, severity, layer: current.layer, range: rangeOf(target), message, hint, fixes });
    },
  };
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (elementNames && rule.elements && !containsAny(elementNames, rule.elements)) continue;
    const setting = overrides?.[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    current = rule;
    severity = setting;
    try {
      rule.check(ctx);
    } catch (error) {
      result.ruleFailures.push({ rule: rule.id, error });
    }
  }
}

function containsAny(set: ReadonlySet<string>, names: readonly string[]): boolean {
  for (let i = 0; i < names.length; i++) if (set.has(names[i])) return true;
  return false;
}

/**
 * Where a libvirt rule already speaks about a spot the schema also rejects, one diagnostic (the
 * more specific one) is enough; the schema's stands alone where only `--validate` would fail.
 */
function withoutRedundantSchemaProblems(problems: Problem[]): Problem[] {
  const specific = problems.filter((p) => p.layer !== 'schema' && p.layer !== 'xml');
  if (specific.length === 0) return problems;
  const overlapsSpecific = overlapFinder(specific.map((p) => p.range));
  return problems.filter((p) => p.layer !== 'schema' || !overlapsSpecific(p.range));
}

/**
 * Whether a range overlaps any of `ranges`, in O(log n) per question: a document with thousands
 * of hosts may have thousands of problems of each kind.
 */
function overlapFinder(ranges: OffsetRange[]): (range: OffsetRange) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  // furthestEnd[i]: the largest end among sorted[0..i].
  const furthestEnd: number[] = [];
  for (const r of sorted) furthestEnd.push(Math.max(r.end, furthestEnd.length > 0 ? furthestEnd[furthestEnd.length - 1] : -Infinity));
  return (range) => {
    // The ranges that start before `range` ends are a prefix of `sorted`: one of them overlaps iff its furthest end passes range.start.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid].start < range.end) low = mid + 1;
      else high = mid;
    }
    return low > 0 && furthestEnd[low - 1] > range.start;
  };
}

export function formatMessage(problem: Pick<Problem, 'message' | 'hint'>): string {
  return problem.hint ? `${problem.message.trimEnd()} — ${problem.hint}` : problem.message;
}
