import type { OffsetRange, ParsedXml, XmlAttribute, XmlElement } from './xml';
import type { NetworkFacts } from './facts';
import type { HostFacts } from './host-facts';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/**
 * Where libvirt (or the host) would catch the problem. `schema` = only `net-define --validate`
 * (RelaxNG); `parse`/`validate` = every `net-define`; `start` = `net-start`; `lint` = never
 * checked by libvirt but wrong; `host` = needs live facts about the machine.
 */
export type Layer = 'schema' | 'parse' | 'validate' | 'start' | 'allocate' | 'lint' | 'host';

export interface TextEdit {
  range: OffsetRange;
  newText: string;
}

export interface QuickFix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  range: OffsetRange;
  message: string;
  fixes?: QuickFix[];
}

export type Target = XmlElement | XmlAttribute | OffsetRange;

export interface RuleContext {
  xml: ParsedXml;
  root: XmlElement;
  facts: NetworkFacts;
  host: HostFacts;
  /**
   * Report at an element (its tag name), an attribute (its value) or a range. `message` is
   * libvirt's wording with the real values; `hint` says what to do.
   */
  report(target: Target, message: string, hint?: string, fixes?: QuickFix[]): void;
}

export interface Rule {
  /** Diagnostic code, settings key and test file name. kebab-case. */
  id: string;
  severity: Severity;
  layer: Layer;
  /** Ids in LIBVIRT-NETWORK-RULES.md this rule implements, e.g. ['BR-1']. */
  spec: string[];
  /** One line for docs and settings. */
  description: string;
  /**
   * Element names (as written) of which the document must have at least one for the rule to have
   * anything to say: validation skips the rule in other documents. Omit it for rules that look at
   * the whole document or report what is missing. A test checks each list against the corpus.
   */
  elements?: readonly string[];
  check(ctx: RuleContext): void;
}

export function rangeOf(target: Target): OffsetRange {
  if ('valueRange' in target) return target.valueRange.end > target.valueRange.start ? target.valueRange : target.range;
  if ('nameRange' in target) return target.nameRange;
  return target;
}
