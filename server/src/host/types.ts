// Plain data the host layer hands out: what the explorer shows and what crosses the LSP
// boundary. Types only, so protocol.ts and the client can import them without node modules.
import type { HostErrorInfo, HostErrorKind } from './errors';
import type { DhcpRange, IpFamily } from './network-xml';

export type { HostErrorInfo, HostErrorKind, DhcpRange, IpFamily };
export type { DhcpLease } from './calls';

export interface NetworkIp {
  family: IpFamily;
  address: string;
  prefix: number;
  dhcpRanges: DhcpRange[];
}

export interface NetworkSummary {
  name: string;
  uuid: string;
  active: boolean;
  autostart: boolean;
  persistent: boolean;
  bridge?: string;
  /** `nat`, `route`, `open`, `bridge`, `macvtap` modes...; `isolated` when there is no <forward>. */
  forwardMode: string;
  forwardDev?: string;
  ips: NetworkIp[];
}

export type ConnectionSnapshot =
  | { uri: string; ok: true; networks: NetworkSummary[] }
  | { uri: string; ok: false; error: HostErrorInfo };

/** A guest interface that uses a network (directly, or through the network's bridge). */
export interface GuestInterface {
  domain: string;
  domainUuid: string;
  /** Host-side device such as `vnet3`; absent while the guest is shut off. */
  device?: string;
  mac: string;
  model?: string;
  /** `network` (by name) or `bridge` (the network's bridge). */
  type: string;
}

/** What `ip link` says about a bridge: UP, administratively DOWN, or up without carrier. */
export type LinkState = 'UP' | 'DOWN' | 'NO-CARRIER';
