// Turns a failed virsh call into one actionable message. Classification reads virsh's real
// stderr (LC_ALL=C.UTF-8, so libvirt's English text), never exit codes alone: virsh exits 1
// for every failure.

export type HostErrorKind =
  | 'not-installed'
  | 'daemon-not-running'
  | 'permission-denied'
  | 'auth-needed'
  | 'connection-lost'
  | 'network-not-found'
  /** A define refused because the XML no longer names the network it was opened for. */
  | 'definition-retargeted'
  | 'timeout'
  | 'cancelled'
  | 'other';

/** The plain-data form that crosses the LSP boundary (`ConnectionSnapshot.error`). */
export interface HostErrorInfo {
  kind: HostErrorKind;
  message: string;
  hint?: string;
}

export class VirshError extends Error {
  override readonly name = 'VirshError';

  constructor(
    readonly kind: HostErrorKind,
    message: string,
    readonly hint: string | undefined,
    /** virsh's error lines, `error: ` stripped, libvirt's text verbatim (empty for our own kinds). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }

  toInfo(): HostErrorInfo {
    return this.hint === undefined ? { kind: this.kind, message: this.message } : { kind: this.kind, message: this.message, hint: this.hint };
  }
}

export const NETWORK_NOT_FOUND_HINT = 'It may have been undefined elsewhere: refresh the explorer.';

/** libvirt's own wording, for a network we looked for in a listing ourselves. */
export function networkNotFoundError(what: 'name' | 'uuid', value: string): VirshError {
  return new VirshError('network-not-found', `Network not found: no network with matching ${what} '${value}'`, NETWORK_NOT_FOUND_HINT);
}

export const INSTALL_HINT =
  'Install the libvirt client tools: `libvirt-clients` on Debian/Ubuntu, `libvirt-client` on Fedora, `libvirt` on Arch; ' +
  'or set the virsh path in the settings.';

export function notInstalledError(virshPath: string, code: string | undefined): VirshError {
  const why = code === 'EACCES' ? 'is not executable' : 'was not found';
  return new VirshError('not-installed', `virsh ${why} (${virshPath})`, INSTALL_HINT);
}

export function timeoutError(command: string, timeoutMs: number): VirshError {
  const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`;
  return new VirshError('timeout', `virsh ${command} did not answer within ${limit}`,
    'The libvirt daemon may be hung or the remote host unreachable; try again, or check the daemon.');
}

export function cancelledError(command: string): VirshError {
  return new VirshError('cancelled', `virsh ${command} was cancelled`, undefined);
}

/**
 * virsh's error lines with the `error: ` prefix removed. A line without the prefix continues
 * the previous message (libvirt messages can span lines, e.g. XML validation output).
 */
export function errorLines(stderr: string): string[] {
  const lines: string[] = [];
  for (const raw of stderr.split('\n')) {
    if (raw.startsWith('error: ')) lines.push(raw.slice('error: '.length));
    else if (raw.trim() !== '' && lines.length > 0) lines[lines.length - 1] += '\n' + raw;
  }
  return lines;
}

interface Rule {
  kind: HostErrorKind;
  test: RegExp;
  message(uri: string, details: readonly string[], match: RegExpMatchArray): string;
  hint?: string;
}

// Order matters: the first rule whose pattern matches any error line wins.
const RULES: readonly Rule[] = [
  {
    kind: 'permission-denied',
    test: /Failed to connect socket to '([^']+)': Permission denied/,
    message: (uri) => `Permission denied on ${uri}`,
    hint: 'Add your user to the `libvirt` group (`sudo usermod -aG libvirt $USER`), then log out and back in.',
  },
  {
    kind: 'daemon-not-running',
    test: /Failed to connect socket to '([^']+)': (No such file or directory|Connection refused)/,
    message: (uri, _d, m) => `The libvirt daemon is not running for ${uri} (no daemon at ${m[1]})`,
    hint: 'Start it, e.g. `sudo systemctl start libvirtd` (or the modular `virtqemud`/`virtnetworkd` sockets).',
  },
  {
    kind: 'auth-needed',
    test: /authentication (unavailable|failed|required)|no polkit agent|Failed to (start|step) SASL|Authentication is required|Permission denied \(publickey/i,
    message: (uri) => `Authentication is needed to connect to ${uri}`,
    hint: 'Members of the `libvirt` group need no password; otherwise run a polkit agent, or set up SASL/SSH keys for this connection.',
  },
  {
    kind: 'connection-lost',
    test: /Disconnected from .* due to|End of file while reading data|client socket is closed|Cannot (recv|write) data|Broken pipe|Connection reset by peer/,
    message: (uri) => `Lost the connection to ${uri}`,
    hint: 'The daemon may have restarted or the remote host gone away; refresh to reconnect.',
  },
  {
    kind: 'network-not-found',
    test: /^Network not found: /,
    message: (_uri, _d, m) => m.input ?? m[0], // the whole line: a name may hold a newline
    hint: NETWORK_NOT_FOUND_HINT,
  },
];

/** Classifies the stderr of a failed virsh command on `uri`. */
export function classifyVirshFailure(uri: string, stderr: string, exitDescription?: string): VirshError {
  const details = errorLines(stderr);
  for (const rule of RULES) {
    for (const line of details) {
      const match = line.match(rule.test);
      if (match) return new VirshError(rule.kind, rule.message(uri, details, match), rule.hint, details);
    }
  }
  // libvirt's own message is the last line; virsh's earlier lines say what it was doing.
  const message = details.length > 0 ? details[details.length - 1] : `virsh failed${exitDescription ? ` (${exitDescription})` : ''} with no message`;
  return new VirshError('other', message, undefined, details);
}
