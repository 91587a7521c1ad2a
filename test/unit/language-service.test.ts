import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/service/languageService';
import { NO_HOST_FACTS, type HostFacts } from '../../server/src/service/host-facts';

test('a version already judged is not validated again (code actions reuse what diagnostics computed)', () => {
  let host: HostFacts = NO_HOST_FACTS;
  const service = getLanguageService({ getHostFacts: () => host });
  const text = '<network><name>n</name><bridge name="virbr-name-far-too-long"/></network>';
  const v1 = TextDocument.create('file:///n.xml', 'xml', 1, text);
  const settings = { severities: {} };
  const first = service.validate(v1, settings);
  assert.ok(first.problems.some((p) => p.code === 'bridge-name-too-long'));
  assert.equal(service.validate(v1, settings), first);
  // A new version, new settings or new host facts are judged afresh.
  const v2 = TextDocument.create('file:///n.xml', 'xml', 2, text.replace('virbr-name-far-too-long', 'virbr5'));
  assert.ok(!service.validate(v2, settings).problems.some((p) => p.code === 'bridge-name-too-long'));
  const off = { severities: { 'bridge-name-too-long': 'off' as const } };
  assert.ok(!service.validate(v1, off).problems.some((p) => p.code === 'bridge-name-too-long'));
  host = { ...NO_HOST_FACTS };
  assert.notEqual(service.validate(v1, settings), first);
});
