import { attr, type XmlAttribute } from '../xml';
import { dnsmasqOptionElements } from './dnsmasq-namespace';
import type { QuickFix, Rule } from '../rule';
import { dhcpIp, dnsEnabled, dnsmasqRuns, replaceAttrValue } from './network-runtime';
import { readConfLine } from './dnsmasq-conf';
import { parseAddress } from '../ip';
import dnsmasqOptions from '../../../../schemas/dnsmasq-options.json';
import { editDistance } from '../edit-distance';

type Argument = 'none' | 'required' | 'optional';
const OPTIONS: Readonly<Record<string, Argument>> = dnsmasqOptions.options as Record<string, Argument>;
const DNSMASQ_VERSION = dnsmasqOptions.dnsmasqVersion;

interface LineVerdict {
  error: 'bad option' | 'extraneous parameter' | 'missing parameter' | 'missing "' | 'error' | 'illegal repeated keyword' | 'bad dhcp-option' | 'Bad address in --address';
  name: string;
}

/** Options dnsmasq takes at most once (ARG_ONE; confirmed with dnsmasq --test, 2.90). */
const ONCE_ONLY = new Set(['pid-file', 'port', 'dhcp-lease-max', 'cache-size', 'local-ttl', 'neg-ttl', 'max-ttl', 'max-cache-ttl', 'min-cache-ttl', 'auth-ttl', 'dhcp-ttl', 'dns-forward-max', 'query-port', 'min-port', 'max-port', 'edns-packet-max', 'user', 'group', 'log-facility', 'dhcp-leasefile', 'dhcp-script', 'tftp-max', 'local-service', 'log-async']);
/** Options whose value is a plain decimal number (atoi_check); the port ones at most 65535. */
const NUMERIC = new Set(['cache-size', 'local-ttl', 'neg-ttl', 'max-ttl', 'max-cache-ttl', 'min-cache-ttl', 'auth-ttl', 'dhcp-ttl', 'dns-forward-max', 'edns-packet-max', 'dhcp-lease-max', 'tftp-max', 'port', 'query-port', 'min-port', 'max-port']);
const PORTS = new Set(['port', 'query-port', 'min-port', 'max-port']);

/** A line's option name and value as dnsmasq's reader leaves them (quotes removed), or undefined. */
function optionOf(line: string): { name: string; value?: string } | undefined {
  const read = readConfLine(line);
  if ('error' in read || read.text === '') return undefined;
  const equals = read.text.indexOf('=');
  if (equals < 0) return { name: read.text };
  return { name: read.text.slice(0, equals).replace(/[ =]+$/, ''), value: read.text.slice(equals + 1).trim() };
}

/** DHCP option names dnsmasq knows (`dnsmasq --help dhcp`, `--help dhcp6`, 2.90), matched case-insensitively. */
const DHCP4_OPTION_NAMES = new Set(
  'netmask time-offset router dns-server log-server lpr-server boot-file-size domain-name swap-server root-path extension-path ip-forward-enable non-local-source-routing policy-filter max-datagram-reassembly default-ttl mtu all-subnets-local router-discovery router-solicitation static-route trailer-encapsulation arp-timeout ethernet-encap tcp-ttl tcp-keepalive nis-domain nis-server ntp-server netbios-ns netbios-dd netbios-nodetype netbios-scope x-windows-fs x-windows-dm t1 t2 vendor-class nis+-domain nis+-server tftp-server bootfile-name mobile-ip-home smtp-server pop3-server nntp-server irc-server user-class rapid-commit client-arch client-interface-id client-machine-id posix-timezone tzdb-timezone ipv6-only domain-search sip-server classless-static-route vendor-id-encap tftp-server-address server-ip-address'.split(' '),
);
const DHCP6_OPTION_NAMES = new Set('sip-server-domain sip-server dns-server domain-search nis-server nis+-server nis-domain nis+-domain sntp-server information-refresh-time posix-timezone tzdb-timezone ntp-server bootfile-url bootfile-param'.split(' '));
/** Leading fields of dhcp-option that qualify it rather than name it. */
const DHCP_OPTION_QUALIFIER = /^(tag|net|encap|vi-encap|vendor|rfc3925-encap):/;

/** dhcp-option[-force]: the option is `option:NAME`, `option6:NAME` or a decimal code. */
function dhcpOptionProblem(value: string): boolean {
  const fields = value.split(',').map((f) => f.trim());
  let i = 0;
  while (i < fields.length && DHCP_OPTION_QUALIFIER.test(fields[i])) i++;
  const spec = fields[i];
  if (spec === undefined) return true;
  if (/^option:/i.test(spec)) return !DHCP4_OPTION_NAMES.has(spec.slice(7).toLowerCase());
  if (/^option6:/i.test(spec)) return !DHCP6_OPTION_NAMES.has(spec.slice(8).toLowerCase());
  return !/^[0-9]+$/.test(spec);
}

/** A literal IPv4 or IPv6 address as inet_pton reads it (no shorthand, no zone). */
function isStrictIp(text: string): boolean {
  if (/^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(text)) return true;
  if (!text.includes(':') || text.includes('%')) return false;
  const parsed = parseAddress(text);
  return parsed?.family === 'ipv6';
}

/** The value checks dnsmasq makes on some options, for a line whose name is fine. */
function checkDnsmasqValue(line: string): LineVerdict | undefined {
  const option = optionOf(line);
  if (!option || option.value === undefined) return undefined;
  const { name, value } = option;
  if (NUMERIC.has(name)) {
    if (value !== '' && (!/^[0-9]+$/.test(value) || (PORTS.has(name) && Number(value) > 65535))) return { error: 'error', name };
    return undefined;
  }
  if (name === 'dhcp-option' || name === 'dhcp-option-force') return dhcpOptionProblem(value) ? { error: 'bad dhcp-option', name } : undefined;
  if (name === 'address' && value.startsWith('/')) {
    const target = value.slice(value.lastIndexOf('/') + 1).trim();
    return target === '' || target === '#' || isStrictIp(target) ? undefined : { error: 'Bad address in --address', name };
  }
  if (name === 'listen-address') return value.split(',').every((a) => isStrictIp(a.trim())) ? undefined : { error: 'error', name };
  return undefined;
}

/**
 * dnsmasq's config-file reader (option.c one_file) on one line: quotes hide their content,
 * '#' after whitespace starts a comment, whitespace is trimmed, the name ends at the first '='
 * (spaces around it allowed), and must be a known long option taking a value or not.
 */
export function checkDnsmasqLine(line: string): LineVerdict | undefined {
  let text = '';
  let hidden = '';
  let white = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      const close = line.indexOf('"', i + 1);
      if (close < 0) return { error: 'missing "', name: '' };
      const quoted = line.slice(i + 1, close);
      text += quoted;
      hidden += 'q'.repeat(quoted.length);
      i = close;
      white = false;
      continue;
    }
    if (/\s/.test(c)) {
      text += ' ';
      hidden += ' ';
      white = true;
    } else {
      if (white && c === '#') break;
      text += c;
      hidden += ' ';
      white = false;
    }
  }
  const start = text.length - text.trimStart().length;
  const body = text.trim();
  if (body === '') return undefined;
  const mask = hidden.slice(start, start + body.length);
  let equals = -1;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '=' && mask[i] !== 'q') {
      equals = i;
      break;
    }
  }
  const name = (equals < 0 ? body : body.slice(0, equals)).replace(/[ =]+$/, '');
  const hasArg = equals >= 0;
  const argument = Object.prototype.hasOwnProperty.call(OPTIONS, name) ? OPTIONS[name] : undefined;
  if (argument === undefined) return { error: 'bad option', name };
  if (argument === 'none' && hasArg) return { error: 'extraneous parameter', name };
  if (argument === 'required' && !hasArg) return { error: 'missing parameter', name };
  return undefined;
}

function closestOption(name: string): string | undefined {
  if (name === '') return undefined;
  const lower = name.toLowerCase().replace(/^-+/, '');
  if (Object.prototype.hasOwnProperty.call(OPTIONS, lower)) return lower;
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of Object.keys(OPTIONS)) {
    const distance = editDistance(lower, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** What libvirt itself writes of the once-only options, and when. */
const LIBVIRT_WRITES: Record<string, string> = {
  'pid-file': 'libvirt always writes pid-file for the network',
  port: "libvirt writes port=0 when <dns enable='no'>",
  'dhcp-lease-max': 'libvirt writes dhcp-lease-max for the DHCP ranges',
};

function fixFor(value: XmlAttribute, rawValue: string, verdict: LineVerdict): { hint: string; fixes: QuickFix[] } {
  const editable = rawValue === value.value && !value.value.includes('\n');
  if (verdict.error === 'bad option') {
    const suggestion = closestOption(verdict.name);
    const hint = `dnsmasq ${DNSMASQ_VERSION} has no option '${verdict.name}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; libvirt writes the value as a line of dnsmasq's config, so net-start fails`;
    const at = value.value.indexOf(verdict.name);
    const fixes: QuickFix[] =
      suggestion && editable && at >= 0 && verdict.name !== ''
        ? [{ title: `Use dnsmasq option '${suggestion}'`, edits: [{ range: { start: value.valueRange.start + at, end: value.valueRange.start + at + verdict.name.length }, newText: suggestion }] }]
        : [];
    return { hint, fixes };
  }
  if (verdict.error === 'extraneous parameter') {
    return {
      hint: `dnsmasq option '${verdict.name}' takes no value: write value='${verdict.name}'`,
      fixes: editable ? [{ title: `Drop the value: '${verdict.name}'`, edits: [replaceAttrValue(value, verdict.name)] }] : [],
    };
  }
  if (verdict.error === 'missing parameter') return { hint: `dnsmasq option '${verdict.name}' needs a value: write value='${verdict.name}=...'`, fixes: [] };
  if (verdict.error === 'error') {
    if (verdict.name === 'listen-address') return { hint: 'listen-address takes IP addresses (comma-separated), written out in full', fixes: [] };
    return { hint: `dnsmasq option '${verdict.name}' takes a decimal number${PORTS.has(verdict.name) ? ' from 0 to 65535' : ''}`, fixes: [] };
  }
  if (verdict.error === 'bad dhcp-option') return { hint: "the DHCP option must be a decimal code or a name dnsmasq knows, as option:NAME (IPv4, e.g. option:router) or option6:NAME (IPv6); `dnsmasq --help dhcp` lists the names", fixes: [] };
  if (verdict.error === 'Bad address in --address') return { hint: 'address=/domain/ ends in an IP address written out in full, # or nothing', fixes: [] };
  if (verdict.error === 'illegal repeated keyword') {
    return { hint: `dnsmasq takes '${verdict.name}' only once, and it is already set${LIBVIRT_WRITES[verdict.name] ? ` (${LIBVIRT_WRITES[verdict.name]})` : ' by an earlier option'}`, fixes: [] };
  }
  return { hint: 'close the quote: dnsmasq reads "..." as one quoted string', fixes: [] };
}

/**
 * §6.7 / S-18: each `<dnsmasq:option value>` becomes one line of the network's dnsmasq config,
 * written verbatim. dnsmasq refuses unknown option names, values on options that take none,
 * missing values, non-numbers for its numeric options, unknown DHCP option names, addresses that
 * are not IP literals (address=, listen-address=), and a second use of a once-only option
 * (libvirt itself writes pid-file, port=0 without DNS, dhcp-lease-max with DHCP ranges), so the
 * network defines but fails at net-start. Option names come from the
 * installed dnsmasq (schemas/dnsmasq-options.json, scripts/gen-dnsmasq-options.mjs). Only when
 * dnsmasq runs for the network (some <ip>, and DHCP/TFTP or DNS enabled).
 */
export const dnsmasqOptionRejected: Rule = {
  id: 'dnsmasq-option-rejected',
  severity: 'error',
  layer: 'start',
  spec: ['§6.7', 'S-18'],
  description: '<dnsmasq:option> values dnsmasq refuses (unknown option, value on a flag, missing value, bad number, repeated once-only option).',
  elements: ['ip'],
  check({ root, facts, xml, report }) {
    const options = dnsmasqOptionElements(root);
    if (options.length === 0 || !dnsmasqRuns(root, facts)) return;
    const conf = `/var/lib/libvirt/dnsmasq/${facts.name}.conf`;
    // What libvirt's own lines already set (networkDnsmasqConfContents).
    const seen = new Set<string>(['pid-file']);
    if (!dnsEnabled(root)) seen.add('port');
    if (dhcpIp(facts, 'ipv4')?.ranges.length || dhcpIp(facts, 'ipv6')?.ranges.length) seen.add('dhcp-lease-max');
    for (const option of options) {
      const value = attr(option, 'value');
      if (!value) continue;
      for (const line of value.value.split(/\r?\n/)) {
        let verdict = checkDnsmasqLine(line) ?? checkDnsmasqValue(line);
        const name = verdict ? undefined : optionOf(line)?.name;
        if (name !== undefined && ONCE_ONLY.has(name)) {
          if (seen.has(name)) verdict = { error: 'illegal repeated keyword', name };
          seen.add(name);
        }
        if (!verdict) continue;
        const { hint, fixes } = fixFor(value, xml.text.slice(value.valueRange.start, value.valueRange.end), verdict);
        report(value, `dnsmasq: ${verdict.error} at line "${line.trim()}" of ${conf}`, hint, fixes);
        break;
      }
    }
  },
};
