import type { Rule, RuleContext } from '../rule';
import { matchElement } from '../model-match';
import { attr, type XmlElement } from '../xml';
import { isStartTagComplete, knownElements, ONLY_VALIDATE_REJECTS, schemaMessage } from './schema-common';
import { removeAttributeFix } from './schema-fixes';

/**
 * The schema's `<choice>`s, which the model flattens into a union of optional attributes and
 * children (network.rng, networkcommon.rng):
 * - `<ip>` and `<route>`: `netmask` or `prefix`, not both;
 * - `<forward>`: `<interface>` children or `<address>` children, not both;
 * - DHCP `<host>`: `mac` or `id` (plus an optional `name`), or just `name`;
 * - `<virtualport>`: the `<parameters>` attributes allowed depend on `type`; `midonet` requires
 *   `<parameters interfaceid=…>`.
 */
export const VIRTUALPORT_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  '802.1Qbg': ['managerid', 'typeid', 'typeidversion', 'instanceid'],
  '802.1Qbh': ['profileid'],
  openvswitch: ['profileid', 'interfaceid'],
  midonet: ['interfaceid'],
};

/** Attribute pairs of one element that exclude each other (keyed by element id). */
export const EXCLUSIVE_ATTRIBUTES: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  ip: [['netmask', 'prefix']],
  route: [['netmask', 'prefix']],
  'dhcp.host': [['mac', 'id']],
};

/** Child element kinds of one element that exclude each other (element ids, keyed by the parent's id). */
export const EXCLUSIVE_CHILDREN: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  forward: [['forward.interface', 'forward.address']],
};

/** Elements whose `netmask` and `prefix` exclude each other. */
const NETMASK_OR_PREFIX = new Set(Object.keys(EXCLUSIVE_ATTRIBUTES).filter((id) => EXCLUSIVE_ATTRIBUTES[id].some(([a, b]) => a === 'netmask' && b === 'prefix')));

export const schemaAlternatives: Rule = {
  id: 'schema-alternatives',
  severity: 'warning',
  layer: 'schema',
  spec: ['§5.1', 'IP-7', 'FW-22', 'DH-8', 'VP-8'],
  description: 'Attributes or children the schema offers as alternatives are combined, or none of a required choice is given.',
  check(ctx) {
    const { elements, matches } = knownElements(ctx);
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i];
      const id = matches[i].id;
      if (NETMASK_OR_PREFIX.has(id)) netmaskOrPrefix(ctx, element);
      else if (id === 'forward') interfacesOrAddresses(ctx, element);
      else if (id === 'dhcp.host') hostIdentity(ctx, element);
      else if (id === 'virtualport') virtualportParameters(ctx, element);
    }
  },
};

function netmaskOrPrefix({ xml, report }: RuleContext, element: XmlElement): void {
  const netmask = attr(element, 'netmask');
  const prefix = attr(element, 'prefix');
  if (!netmask || !prefix) return;
  report(
    prefix,
    schemaMessage(`Element ${element.name}: attributes netmask and prefix exclude each other`),
    `${prefix.value.trim() === '0' ? "libvirt's parser accepts prefix='0' (it means unset) but" : 'keep one of them;'} ${ONLY_VALIDATE_REJECTS}`,
    [removeAttributeFix(xml.text, prefix), removeAttributeFix(xml.text, netmask)],
  );
}

function interfacesOrAddresses({ report }: RuleContext, forward: XmlElement): void {
  const ofKind = (id: string) =>
    forward.children.filter((c) => {
      const match = matchElement(c);
      return match.kind === 'known' && match.id === id;
    });
  const [interfaceId, addressId] = EXCLUSIVE_CHILDREN.forward[0];
  const interfaces = ofKind(interfaceId);
  const addresses = ofKind(addressId);
  if (interfaces.length === 0 || addresses.length === 0) return;
  report(
    addresses[0].nameRange,
    schemaMessage('Element forward: <interface> and <address> children exclude each other'),
    `libvirt's parser silently drops the <address> elements when <interface> elements are present; ${ONLY_VALIDATE_REJECTS}`,
  );
}

function hostIdentity({ xml, report }: RuleContext, host: XmlElement): void {
  const mac = attr(host, 'mac');
  const id = attr(host, 'id');
  if (mac && id) {
    report(
      id,
      schemaMessage('Element host: attributes mac and id exclude each other'),
      `libvirt's parser accepts both; ${ONLY_VALIDATE_REJECTS}`,
      [removeAttributeFix(xml.text, id), removeAttributeFix(xml.text, mac)],
    );
    return;
  }
  if (!mac && !id && !attr(host, 'name') && isStartTagComplete(xml.text, host)) {
    report(host.nameRange, schemaMessage('Element host: one of the attributes mac, id or name is required'), ONLY_VALIDATE_REJECTS);
  }
}

function virtualportParameters({ xml, report }: RuleContext, virtualport: XmlElement): void {
  const type = attr(virtualport, 'type')?.value.trim();
  if (type === undefined) return;
  const allowed = VIRTUALPORT_PARAMETERS[type];
  if (!allowed) return; // not a known type: schema-invalid-value reports it
  const parameters = virtualport.children.find((c) => {
    const match = matchElement(c);
    return match.kind === 'known' && match.id === 'virtualport.parameters';
  });
  if (type === 'midonet' && xml.errors.length === 0) {
    if (!parameters) {
      report(virtualport.nameRange, schemaMessage("Element virtualport: type 'midonet' requires <parameters interfaceid='…'/>"), ONLY_VALIDATE_REJECTS);
    } else if (!attr(parameters, 'interfaceid') && isStartTagComplete(xml.text, parameters)) {
      report(parameters.nameRange, schemaMessage("Element parameters: type 'midonet' requires attribute 'interfaceid'"), ONLY_VALIDATE_REJECTS);
    }
  }
  if (!parameters) return;
  for (const attribute of parameters.attributes) {
    if (allowed.includes(attribute.name) || !Object.values(VIRTUALPORT_PARAMETERS).some((names) => names.includes(attribute.name))) continue;
    report(
      attribute.nameRange,
      schemaMessage(`Element parameters: attribute ${attribute.name} is not allowed with virtualport type '${type}'; allowed: ${allowed.join(', ')}`),
      ONLY_VALIDATE_REJECTS,
      [removeAttributeFix(xml.text, attribute)],
    );
  }
}
