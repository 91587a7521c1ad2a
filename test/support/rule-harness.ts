import assert from 'node:assert/strict';
import { validateText, type Problem } from '../../server/src/service/validate';
import type { Rule } from '../../server/src/service/rule';
import type { HostFacts } from '../../server/src/service/host-facts';

/**
 * Runs one rule on a document. Mark the expected diagnostic range with ⟦ and ⟧ in the text:
 * the markers are removed before validation and the problem must span exactly that text.
 */
export function runRule(rule: Rule, marked: string, host?: HostFacts): { problems: Problem[]; text: string; expected?: { start: number; end: number } } {
  const start = marked.indexOf('⟦');
  const end = marked.indexOf('⟧');
  const text = marked.replace('⟦', '').replace('⟧', '');
  const result = validateText(text, { rules: [rule], host });
  assert.deepEqual(result.ruleFailures, [], `rule ${rule.id} threw`);
  const problems = result.problems.filter((p) => p.code === rule.id);
  return { problems, text, expected: start >= 0 && end > start ? { start, end: end - 1 } : undefined };
}

/** Asserts the rule fires exactly once, on the ⟦marked⟧ range, with a message containing `messagePart`. */
export function assertFires(rule: Rule, marked: string, messagePart: string | RegExp, host?: HostFacts): Problem {
  const { problems, text, expected } = runRule(rule, marked, host);
  assert.equal(problems.length, 1, `expected one ${rule.id} problem, got ${JSON.stringify(problems.map((p) => p.message))}`);
  const [problem] = problems;
  if (typeof messagePart === 'string') assert.ok(problem.message.includes(messagePart), `message ${JSON.stringify(problem.message)} lacks ${JSON.stringify(messagePart)}`);
  else assert.match(problem.message, messagePart);
  if (expected) {
    assert.equal(text.slice(problem.range.start, problem.range.end), text.slice(expected.start, expected.end), 'diagnostic range');
    assert.deepEqual(problem.range, expected);
  }
  assert.equal(problem.severity, rule.severity);
  return problem;
}

/** Asserts the rule stays silent. */
export function assertQuiet(rule: Rule, text: string, host?: HostFacts): void {
  const { problems } = runRule(rule, text, host);
  assert.deepEqual(problems.map((p) => p.message), [], `${rule.id} should not fire`);
}

/** Wraps body elements in a minimal valid network (name + NAT forward + ip) unless they bring their own. */
export function net(body: string, name = 'test'): string {
  return `<network>\n  <name>${name}</name>\n${body}\n</network>\n`;
}
