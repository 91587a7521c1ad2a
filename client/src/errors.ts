// How host errors read in notifications. No runtime import of `vscode`: unit-tested under node.
import type { HostErrorInfo, HostErrorKind } from './protocol';

/** `<what>: <libvirt's message, verbatim>. <hint>` */
export function formatHostError(what: string | undefined, error: HostErrorInfo): string {
  let text = what ? `${what}: ${error.message.trim()}` : error.message.trim();
  if (error.hint) text += `${/[.!?:]$/.test(text) ? '' : '.'} ${error.hint.trim()}`;
  return text;
}

/** Short label for a failed connection in the tree. */
export function errorKindLabel(kind: HostErrorKind): string {
  switch (kind) {
    case 'not-installed':
      return 'virsh not found';
    case 'daemon-not-running':
      return 'daemon not running';
    case 'permission-denied':
      return 'permission denied';
    case 'auth-needed':
      return 'authentication needed';
    case 'connection-lost':
      return 'connection lost';
    case 'network-not-found':
      return 'network not found';
    case 'definition-retargeted':
      return 'names another network';
    case 'timeout':
      return 'timed out';
    case 'cancelled':
      return 'cancelled';
    case 'other':
      return 'failed';
  }
}

/** Anything thrown by a request (ResponseError, Error, string) as a HostErrorInfo. */
export function thrownToHostError(e: unknown): HostErrorInfo {
  if (e && typeof e === 'object' && 'message' in e && typeof (e as { message: unknown }).message === 'string') {
    const code = (e as { code?: unknown }).code;
    // vscode-jsonrpc: -32601 MethodNotFound, -32800 RequestCancelled.
    if (code === -32800) return { kind: 'cancelled', message: 'Cancelled' };
    if (code === -32601) {
      return { kind: 'other', message: `The language server does not know this request (${(e as { message: string }).message})`, hint: 'Reload the window after updating the extension.' };
    }
    return { kind: 'other', message: (e as { message: string }).message };
  }
  return { kind: 'other', message: String(e) };
}
