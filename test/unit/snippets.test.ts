import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateText } from '../../server/src/service/validate';

/** Every snippet, with its placeholders at their defaults, must be a network libvirt defines and starts. */
const snippets = JSON.parse(readFileSync(join(__dirname, '../../../snippets/libvirt-network.code-snippets'), 'utf8')) as Record<string, { body: string[] }>;

/** Expands ${n:default}, ${n|a,b|} (first choice) and $n (the default of n) the way VS Code inserts them. */
function expand(body: string): string {
  const defaults = new Map<string, string>();
  let text = body;
  for (let pass = 0; pass < 5; pass++) {
    text = text.replace(/\$\{(\d+):((?:[^{}]|\{[^{}]*\})*)\}/g, (_, n: string, d: string) => (defaults.set(n, d), d));
    text = text.replace(/\$\{(\d+)\|([^,|]*)[^}]*\|\}/g, (_, n: string, d: string) => (defaults.set(n, d), d));
  }
  return text.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a: string | undefined, b: string | undefined) => defaults.get(a ?? b ?? '') ?? '').replace(/\t/g, '  ');
}

test('there are snippets for every kind of network', () => {
  assert.deepEqual(Object.keys(snippets).length, 8);
});

for (const [name, snippet] of Object.entries(snippets)) {
  test(`snippet "${name}" expands to a valid network`, () => {
    const text = expand(snippet.body.join('\n'));
    assert.doesNotMatch(text, /\$/);
    const { problems, xml } = validateText(text);
    assert.equal(xml.root?.name, 'network');
    assert.deepEqual(problems.filter((p) => p.severity === 'error' || p.severity === 'warning').map((p) => `${p.code}: ${p.message}`), []);
  });
}
