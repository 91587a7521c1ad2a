import { attrValue, child, children, type XmlAttribute, type XmlElement } from './xml';
import { memoizedOn } from './memo';
import { libvirtEffectivePrefix, libvirtIpDef, parseAddress, parseAddressUncached, libvirtMacText, parseLibvirtUInt, type Family, type LibvirtIpDef, type ParsedAddress } from './ip';

/** Derived, libvirt-interpreted view of a `<network>` document, computed once and shared by rules. */

export const FORWARD_MODES = ['nat', 'route', 'open', 'bridge', 'private', 'vepa', 'passthrough', 'hostdev'] as const;
export type ForwardMode = 'none' | (typeof FORWARD_MODES)[number];

/** Modes whose traffic goes through a libvirt-managed bridge with IP config (libvirt's "IP forwarding" modes). */
export const ROUTED_MODES: readonly ForwardMode[] = ['none', 'nat', 'route', 'open'];
/** Modes that attach guests straight to host devices or an existing bridge. */
export const DEVICE_MODES: readonly ForwardMode[] = ['bridge', 'private', 'vepa', 'passthrough', 'hostdev'];

export interface IpFacts {
  element: XmlElement;
  /** Family libvirt will use: `family` attribute, `ipv4` when absent; undefined when unrecognised. */
  family: Family | undefined;
  /** The parsed `address`, when present and parseable. */
  address: ParsedAddress | undefined;
  /** Effective prefix as libvirt computes it (virNetworkIPDefPrefix): -1 when invalid, undefined without an address. */
  prefix: number | undefined;
  /** True when the prefix came from `prefix`/`netmask` rather than a classful/IPv6 default. */
  explicitPrefix: boolean;
  /** The `<ip>` as libvirt's parser reads it (libvirtIpDef); undefined when the parser rejects it. */
  libvirtDef: LibvirtIpDef | undefined;
  dhcp: XmlElement | undefined;
  ranges: XmlElement[];
  hosts: XmlElement[];
}

export interface NetworkFacts {
  /** `string(./name[1])`, verbatim (libvirt does not trim); '' when missing. */
  name: string;
  forward: XmlElement | undefined;
  /** 'none' without `<forward>`; 'nat' for `<forward>` without mode; the raw value when unknown. */
  forwardMode: ForwardMode | string;
  knownForwardMode: boolean;
  bridge: XmlElement | undefined;
  ips: IpFacts[];
}

export function computeFacts(root: XmlElement): NetworkFacts {
  const forward = child(root, 'forward');
  // libvirt treats an empty mode like a missing one: nat.
  const mode = forward ? attrValue(forward, 'mode') || 'nat' : 'none';
  return {
    name: child(root, 'name')?.text ?? '',
    forward,
    forwardMode: mode,
    knownForwardMode: mode === 'none' || (FORWARD_MODES as readonly string[]).includes(mode),
    bridge: child(root, 'bridge'),
    ips: children(root, 'ip').map(ipFacts),
  };
}

function ipFacts(element: XmlElement): IpFacts {
  // An empty family reads as absent (ipv4), like every empty attribute libvirt fetches with virXMLPropString.
  const familyAttr = attrValue(element, 'family') || undefined;
  const family: Family | undefined = familyAttr === undefined || familyAttr === 'ipv4' ? 'ipv4' : familyAttr === 'ipv6' ? 'ipv6' : undefined;
  const addressText = attrValue(element, 'address');
  const address = addressText === undefined ? undefined : parseAddress(addressText);
  const dhcp = child(element, 'dhcp');
  const libvirtDef = libvirtIpDef((name) => attrValue(element, name));
  const { prefix, explicit } = effectivePrefix(element, address, libvirtDef);
  return {
    element,
    family,
    address,
    prefix,
    explicitPrefix: explicit,
    libvirtDef,
    dhcp,
    ranges: dhcp ? children(dhcp, 'range') : [],
    hosts: dhcp ? children(dhcp, 'host') : [],
  };
}

function effectivePrefix(element: XmlElement, address: ParsedAddress | undefined, def: LibvirtIpDef | undefined): { prefix: number | undefined; explicit: boolean } {
  if (!address) return { prefix: undefined, explicit: false };
  if (def) return { prefix: def.prefix, explicit: def.prefixAttr > 0 || def.netmask !== undefined };
  // The parser rejects these attributes (other rules say why); rules still get libvirt's reading of what parses.
  const prefixAttr = parseLibvirtUInt(attrValue(element, 'prefix') ?? '') ?? 0;
  const mask = parseAddress(attrValue(element, 'netmask') ?? '');
  const netmask = mask?.family === 'ipv4' ? mask : undefined;
  return { prefix: libvirtEffectivePrefix(address, prefixAttr, netmask), explicit: prefixAttr > 0 || netmask !== undefined };
}

/** A DHCP `<host>` with the attributes the host rules read, each parsed once per validation. */
export interface DhcpHostFacts {
  element: XmlElement;
  mac: XmlAttribute | undefined;
  /** `mac` as virMacAddrParse reads it, spelled the usual way (libvirtMacText); undefined when absent or unparseable. */
  macText: string | undefined;
  id: XmlAttribute | undefined;
  name: XmlAttribute | undefined;
  ip: XmlAttribute | undefined;
  /** `ip` parsed; undefined when absent or not an address. */
  ipAddress: ParsedAddress | undefined;
}

/**
 * The `<host>`s of an `<ip>`'s `<dhcp>`, read on first use (documents without hosts, and
 * validations without host rules, pay nothing) and shared by the ten-odd rules about them.
 * Rules loop over it (and over `IpFacts.hosts`) by index: until V8 optimises a loop, for-of
 * allocates an object per step, megabytes for thousands of hosts, and the CLI runs unoptimised.
 */
export const dhcpHosts: (ip: IpFacts) => readonly DhcpHostFacts[] = memoizedOn(readDhcpHosts);

function readDhcpHosts(ip: IpFacts): readonly DhcpHostFacts[] {
  // map(), not push(): an array of the right size at once.
  return ip.hosts.map((element) => {
    let mac: XmlAttribute | undefined;
    let id: XmlAttribute | undefined;
    let name: XmlAttribute | undefined;
    let address: XmlAttribute | undefined;
    // The first of each, as attr() would find it (a duplicate attribute is a well-formedness error).
    // Indexed, not for-of: this runs per element, and an indexed loop never makes an iterator.
    const attributes = element.attributes;
    for (let i = 0; i < attributes.length; i++) {
      const a = attributes[i];
      if (a.name === 'mac') mac ??= a;
      else if (a.name === 'id') id ??= a;
      else if (a.name === 'name') name ??= a;
      else if (a.name === 'ip') address ??= a;
    }
    return {
      element,
      mac,
      macText: mac && libvirtMacText(mac.value),
      id,
      name,
      ip: address,
      // Each host's ip is read once here: no point in the per-validation memo.
      ipAddress: address && parseAddressUncached(address.value),
    };
  });
}

export function isRoutedMode(mode: string): boolean {
  return (ROUTED_MODES as readonly string[]).includes(mode);
}

export function isDeviceMode(mode: string): boolean {
  return (DEVICE_MODES as readonly string[]).includes(mode);
}
