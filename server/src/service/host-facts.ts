import type { Family } from './ip';

/**
 * What the language service may know about the machine: passed in by the server (from the
 * host layer), empty in the CLI unless asked for. Rules that need it do nothing without it.
 */
export interface HostFacts {
  /** Networks defined on the connection the user works with (active or not). */
  networks?: HostNetwork[];
  /** Kernel routes (what `networkCheckRouteCollision` reads), e.g. from /proc/net/route. */
  routes?: HostRoute[];
  /** Names of existing network devices. */
  interfaces?: string[];
  /** Connection the facts come from, for messages. */
  uri?: string;
}

export interface HostNetwork {
  name: string;
  uuid?: string;
  active: boolean;
  bridge?: string;
  subnets: { family: Family; address: string; prefix: number }[];
}

export interface HostRoute {
  iface: string;
  family: Family;
  destination: string;
  prefix: number;
}

export const NO_HOST_FACTS: HostFacts = Object.freeze({});
