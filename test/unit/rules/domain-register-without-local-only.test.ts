import { test } from 'node:test';
import assert from 'node:assert/strict';
import { domainRegisterWithoutLocalOnly } from '../../../server/src/service/rules/domain-register-without-local-only';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test("domain-register-without-local-only fires on register='yes' without localOnly, at register", () => {
  const p = assertFires(
    domainRegisterWithoutLocalOnly,
    net('<domain name="lab.example" register="⟦yes⟧"/>', 'lab'),
    "attribute 'register=yes' in <domain> element requires 'localOnly=yes' in network lab",
  );
  assert.equal(p.fixes?.[0].edits[0].newText, ' localOnly="yes"');
});

test("domain-register-without-local-only also fires with localOnly='no' and offers to flip it", () => {
  const p = assertFires(domainRegisterWithoutLocalOnly, net('<domain name="x" localOnly="no" register="⟦yes⟧"/>'), "requires 'localOnly=yes'");
  assert.equal(p.fixes?.[0].edits[0].newText, 'yes');
});

test("domain-register-without-local-only is quiet with localOnly='yes' or register='no'", () => {
  assertQuiet(domainRegisterWithoutLocalOnly, net('<domain name="x" localOnly="yes" register="yes"/>'));
  assertQuiet(domainRegisterWithoutLocalOnly, net('<domain name="x" register="no"/>'));
});
