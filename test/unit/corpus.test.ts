import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { validateText } from '../../server/src/service/validate';
import { CORPUS_DIR as CORPUS, readCorpusFile } from '../support/corpus';

/**
 * libvirt's own test documents, judged as libvirt judges them. verdicts.tsv holds what
 * `virsh net-define` (9.0) said on a fresh test driver; files that only the real network
 * driver rejects (networkValidate) and files that define but cannot start are listed below,
 * each with libvirt's reason.
 */

/** Rejected at define by the real network driver's networkValidate (EXPECTED_FAILURES.md). */
const REJECTED_BY_NETWORK_DRIVER: Record<string, string> = {
  'networkxml2xmlin/passthrough-pf.xml': "Unsupported <ip> element in network local with forward mode='passthrough'",
  'networkxml2xmlout/passthrough-pf.xml': "Unsupported <ip> element in network local with forward mode='passthrough'",
  'networkxml2xmlin/passthrough-address-crash.xml': 'lists a device by PCI address in the device pool',
  'networkxml2xmlout/passthrough-address-crash.xml': 'lists a device by PCI address in the device pool',
  // V-15 (9.0, and 11.3 per LIBVIRT-NETWORK-RULES.md): <vlan> in private mode, and portgroups
  // whose own (untyped) <virtualport> is not Open vSwitch; confirmed with a real libvirtd 9.0.
  'networkxml2xmlin/8021Qbh-net.xml': "<vlan> element specified for network 8021Qbh-net, whose type doesn't support vlan configuration",
  'networkxml2xmlout/8021Qbh-net.xml': "<vlan> element specified for network 8021Qbh-net, whose type doesn't support vlan configuration",
  'networkxml2xmlin/openvswitch-net.xml': "<vlan> element specified for network openvswitch-net, whose type doesn't support vlan configuration",
  'networkxml2xmlout/openvswitch-net.xml': "<vlan> element specified for network openvswitch-net, whose type doesn't support vlan configuration",
  'networkxml2xmlupdateout/openvswitch-net-modified.xml': "<vlan> element specified for network openvswitch-net, whose type doesn't support vlan configuration",
  'networkxml2xmlupdateout/openvswitch-net-more-portgroups.xml': "<vlan> element specified for network openvswitch-net, whose type doesn't support vlan configuration",
  'networkxml2xmlupdateout/openvswitch-net-without-alice.xml': "<vlan> element specified for network openvswitch-net, whose type doesn't support vlan configuration",
};

/**
 * Defined and started fine, but no guest can ever attach (networkAllocatePort), confirmed on a
 * real libvirtd with `virsh net-port-create`.
 */
const FAILS_AT_ALLOCATION: Record<string, string> = {
  'networkxml2xmlin/vepa-net.xml': 'attempt to merge virtualports with mismatched',
  'networkxml2xmlout/vepa-net.xml': 'attempt to merge virtualports with mismatched',
};

/** Defined fine, but net-start fails (EXPECTED_FAILURES.md: dnsmasq says "bad option"). */
const FAILS_AT_START: Record<string, string> = {
  'networkxml2xmlin/dnsmasq-options.xml': 'foo=bar',
  'networkxml2xmlout/dnsmasq-options.xml': 'foo=bar',
  'networkxml2confdata/dnsmasq-options.xml': 'foo=bar',
};

interface Verdict {
  file: string;
  verdict: 'PASS' | 'FAIL';
  message: string;
}

function verdicts(): Verdict[] {
  const [header, ...rows] = readFileSync(join(CORPUS, 'verdicts.tsv'), 'utf8').trimEnd().split('\n');
  const cols = header.split('\t');
  const file = cols.indexOf('file');
  const plain = cols.indexOf('plain_nodefault');
  const message = cols.indexOf('message_nodefault');
  return rows
    .map((r) => r.split('\t'))
    .filter((c) => c[plain] === 'PASS' || c[plain] === 'FAIL')
    // verdicts.tsv also lists folders that the shared corpus does not carry (firewall data, src-network).
    .filter((c) => existsSync(join(CORPUS, c[file])))
    .map((c) => ({ file: c[file], verdict: c[plain] as 'PASS' | 'FAIL', message: c[message] ?? '' }));
}

const DEFINE_LAYERS = new Set(['xml', 'parse', 'validate']);

test('the corpus is where we expect it', () => {
  assert.ok(existsSync(join(CORPUS, 'verdicts.tsv')), CORPUS);
  assert.ok(verdicts().length >= 100);
});

for (const v of verdicts()) {
  const driverReason = REJECTED_BY_NETWORK_DRIVER[v.file];
  const startReason = FAILS_AT_START[v.file] ?? FAILS_AT_ALLOCATION[v.file];
  const expectRejected = v.verdict === 'FAIL' || driverReason !== undefined;
  test(`${v.file}: ${expectRejected ? 'rejected' : 'accepted'} at define${startReason ? ', fails later' : ''}`, () => {
    const { problems, ruleFailures } = validateText(readCorpusFile(v.file));
    assert.deepEqual(ruleFailures, []);
    const errors = problems.filter((p) => p.severity === 'error');
    const defineErrors = errors.filter((p) => DEFINE_LAYERS.has(p.layer));
    const describe = (ps: typeof problems) => ps.map((p) => `${p.code}: ${p.message}`).join('\n');
    if (expectRejected) {
      const reason = driverReason ?? v.message.replace(/^XML error: /, '');
      assert.ok(defineErrors.length > 0, `libvirt rejects it (${reason}); we said:\n${describe(problems)}`);
      assert.ok(defineErrors.some((p) => p.message.includes(reason)), `libvirt says "${reason}"; we said:\n${describe(defineErrors)}`);
    } else {
      assert.deepEqual(describe(defineErrors), '', 'libvirt defines it');
      const startErrors = errors.filter((p) => !DEFINE_LAYERS.has(p.layer));
      if (startReason) assert.ok(startErrors.some((p) => p.message.includes(startReason)), `libvirt fails later on ${startReason}; we said:\n${describe(errors)}`);
      else assert.deepEqual(describe(startErrors), '', 'libvirt starts it (or the failure depends on the host)');
    }
  });
}
