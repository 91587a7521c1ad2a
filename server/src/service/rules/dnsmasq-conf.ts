/**
 * How dnsmasq (2.90, option.c/util.c) reads the lines libvirt writes into a network's config
 * file, for the records that carry user text: `server=/domain/addr`, `local=/domain/`,
 * `domain=`, `txt-record=` and `srv-host=`. dnsmasq refuses the whole file, and so net-start
 * fails, on the first line it cannot read. libvirt runs dnsmasq with LC_ALL=C, so a non-ASCII
 * name cannot be IDN-encoded and is refused too.
 */
import { utf8Length } from '../utf8';

/** dnsmasq reads its config with fgets(buf, MAXDNAME): longer lines go on as a new "line". */
export const DNSMASQ_MAX_LINE_BYTES = 1024;
const MAXDNAME = 1025;
const MAXLABEL = 63;

/** A comma (or slash) inside "quotes" does not separate fields: dnsmasq hides it (hide_meta). */
const HIDDEN_COMMA = '\uE000';
const HIDDEN_SLASH = '\uE001';

/**
 * The line as dnsmasq's one_file() leaves it: quotes removed (their content hidden from field
 * splitting, with \" \\ \t \n \e \b \r escapes), white space folded, a '#' after white space
 * starting a comment, leading/trailing spaces trimmed. 'missing "' for an unterminated quote.
 */
export function readConfLine(line: string): { text: string } | { error: 'missing "' } {
  let out = '';
  let white = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        let d = line[j];
        if (d === '\\' && j + 1 < line.length && '"tnebr\\'.includes(line[j + 1])) {
          j++;
          d = line[j] === 't' ? '\t' : line[j] === 'n' ? '\n' : line[j] === 'e' ? '\x1b' : line[j] === 'b' ? '\b' : line[j] === 'r' ? '\r' : line[j];
        }
        out += d === ',' ? HIDDEN_COMMA : d === '/' ? HIDDEN_SLASH : d;
      }
      if (j >= line.length) return { error: 'missing "' };
      i = j;
      white = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f') {
      out += ' ';
      white = true;
      continue;
    }
    if (white && c === '#') break;
    out += c;
    white = false;
  }
  return { text: out.trim() };
}

/** dnsmasq's split(): the text before the first (unhidden) comma, and the rest, spaces trimmed around it. */
function split(text: string): [string, string | undefined] {
  const comma = text.indexOf(',');
  if (comma < 0) return [text, undefined];
  return [text.slice(0, comma).replace(/ +$/, ''), text.slice(comma + 1).replace(/^ +/, '')];
}

function unhide(text: string): string {
  return text.replace(/\uE000/g, ',').replace(/\uE001/g, '/');
}

/**
 * canonicalise_opt() → check_name(): the empty name is fine; otherwise at most MAXDNAME bytes,
 * labels of at most 63 characters, no ASCII control characters, something other than spaces,
 * and (LC_ALL=C, no IDN conversion possible) ASCII only.
 */
export function dnsmasqAcceptsName(raw: string): boolean {
  let name = unhide(raw);
  if (name === '') return true;
  if (utf8Length(name) > MAXDNAME) return false;
  let nowhite = false;
  if (name.endsWith('.')) {
    name = name.slice(0, -1);
    nowhite = true;
  }
  let gap = 0;
  for (const c of name) {
    const code = c.codePointAt(0) ?? 0;
    if (c === '.') gap = 0;
    else if (++gap > MAXLABEL) return false;
    else if (code < 0x20 || code === 0x7f) return false;
    else if (code > 0x7f) return false;
    else if (c !== ' ') nowhite = true;
  }
  return nowhite;
}

/** atoi_check16: decimal digits only, at most 65535. */
function isPort16(text: string): boolean {
  return /^[0-9]+$/.test(text) && Number(text) <= 65535;
}

export type ConfError = 'missing "' | 'bad SRV record' | 'bad SRV target' | 'invalid port number' | 'invalid priority' | 'invalid weight' | 'bad TXT record' | 'error' | 'Name or service not known';

/** `srv-host=` as dnsmasq parses it (name, target, port, priority, weight). */
export function srvHostError(arg: string): ConfError | undefined {
  const [name, afterName] = split(arg);
  if (!dnsmasqAcceptsName(name)) return 'bad SRV record';
  if (afterName === undefined) return undefined;
  const [target, afterTarget] = split(afterName);
  if (!dnsmasqAcceptsName(target)) return 'bad SRV target';
  if (afterTarget === undefined) return undefined;
  const [port, afterPort] = split(afterTarget);
  if (!isPort16(port)) return 'invalid port number';
  if (afterPort === undefined) return undefined;
  const [priority, weight] = split(afterPort);
  if (!isPort16(priority)) return 'invalid priority';
  if (weight !== undefined && !isPort16(weight)) return 'invalid weight';
  return undefined;
}

/** `txt-record=name,value`: the name must be a DNS name; the value is free text. */
export function txtRecordError(arg: string): ConfError | undefined {
  const [name] = split(arg);
  return dnsmasqAcceptsName(name) ? undefined : 'bad TXT record';
}

/**
 * `server=/d1/d2/addr` and `local=/d/`: every domain between slashes must be a DNS name; without
 * a closing slash (a comment cut the line) the rest is read as a server address and fails.
 */
export function serverDomainsError(arg: string): ConfError | undefined {
  if (!arg.startsWith('/')) return undefined;
  const last = arg.lastIndexOf('/');
  if (last === 0) return 'Name or service not known';
  const domains = arg.slice(1, last).split('/');
  return domains.every((d) => d === '' || d === '#' || d === '*' || dnsmasqAcceptsName(d.replace(/^\*/, ''))) ? undefined : 'error';
}

/** `domain=name[,range]`: the name must be a DNS name ('#' means "from resolv.conf"). */
export function domainError(arg: string): ConfError | undefined {
  const [name] = split(arg);
  return name === '#' || dnsmasqAcceptsName(name) ? undefined : 'error';
}

/**
 * Reads one line libvirt writes (`option=arg`) and returns dnsmasq's complaint, if any. Only
 * the part that fits dnsmasq's line buffer is read here; see overflowOf for the rest.
 */
export function confLineError(line: string, parseArg: (arg: string) => ConfError | undefined): ConfError | undefined {
  const read = readConfLine(firstChunk(line));
  if ('error' in read) return read.error;
  const equals = read.text.indexOf('=');
  return parseArg(equals < 0 ? '' : read.text.slice(equals + 1).replace(/^ +/, ''));
}

/** The first DNSMASQ_MAX_LINE_BYTES bytes of a line (whole characters). */
function firstChunk(line: string): string {
  return chunks(line)[0] ?? '';
}

/** A line cut the way fgets() with dnsmasq's buffer cuts it. */
export function chunks(line: string): string[] {
  // Almost every line fits: one count instead of a walk that rebuilds it character by character.
  if (line.length <= DNSMASQ_MAX_LINE_BYTES / 4 || utf8Length(line) <= DNSMASQ_MAX_LINE_BYTES) return [line];
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const c of line) {
    const size = utf8Length(c);
    if (bytes + size > DNSMASQ_MAX_LINE_BYTES) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += c;
    bytes += size;
  }
  out.push(current);
  return out;
}
