// `libvirt-net://<encoded connection uri>/<network name>.xml`: the editable definition of one
// network. The authority is the connection URI through encodeURIComponent, so `qemu:///system`
// or `qemu+ssh://user@host/system` fit in it; vscode.Uri keeps it as given and gives it back.
// No runtime import of `vscode`: unit-tested under node.
import type { NetworkRef } from '../protocol';

export const NETWORK_SCHEME = 'libvirt-net';

export function networkUriComponents(ref: NetworkRef): { scheme: string; authority: string; path: string } {
  return { scheme: NETWORK_SCHEME, authority: encodeURIComponent(ref.uri), path: `/${ref.name}.xml` };
}

/** The network behind a `libvirt-net` uri's authority and path; undefined when it is not one of ours. */
export function parseNetworkUri(u: { scheme: string; authority: string; path: string }): NetworkRef | undefined {
  if (u.scheme !== NETWORK_SCHEME) return undefined;
  const m = /^\/([^/]+)\.xml$/.exec(u.path);
  if (!m || u.authority === '') return undefined;
  let uri: string;
  try {
    uri = decodeURIComponent(u.authority);
  } catch {
    return undefined;
  }
  return { uri, name: m[1] };
}
