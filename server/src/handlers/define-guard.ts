// Saving a definition opened for one network must redefine that network. libvirt defines
// whatever <name>/<uuid> the XML carries, so a save whose name or uuid was edited would silently
// overwrite another network (or add a new one). This decides, before anything is defined,
// whether the XML still identifies the network it was opened for. Pure: unit-tested.

export interface NetworkIdentity {
  name: string;
  /** Absent in XML that has no <uuid> (libvirt then matches by name or makes one up). */
  uuid?: string;
}

/** Why defining `document` would not redefine `opened`, or undefined when it would. */
export function retargetReason(document: NetworkIdentity, opened: NetworkIdentity, networks: readonly { name: string; uuid: string }[]): string | undefined {
  const openedUuid = opened.uuid ?? networks.find((n) => n.name === opened.name)?.uuid;
  const sameName = document.name === opened.name;
  const sameUuid = document.uuid === undefined || (openedUuid !== undefined && sameUuidText(document.uuid, openedUuid));
  if (sameName && sameUuid) return undefined;

  const isOpened = (n: { name: string; uuid: string }) => openedUuid !== undefined ? sameUuidText(n.uuid, openedUuid) : n.name === opened.name;
  const other =
    (document.uuid !== undefined ? networks.find((n) => sameUuidText(n.uuid, document.uuid!) && !isOpened(n)) : undefined) ??
    networks.find((n) => n.name === document.name && !isOpened(n));
  const overwrites = other !== undefined && other.name === document.name && (document.uuid === undefined || sameUuidText(other.uuid, document.uuid));
  if (overwrites) return `The XML now identifies network '${other.name}' (${other.uuid}), not '${opened.name}': saving would overwrite the definition of '${other.name}'.`;
  // Name of one, uuid of another: libvirt refuses the clash, but the save is not of this network.
  if (other) return `The XML's <name> and <uuid> point at network '${other.name}' (${other.uuid}), not at '${opened.name}'.`;
  if (!sameName) return `The XML now names the network '${document.name}', not '${opened.name}': saving would define a new network and leave '${opened.name}' unchanged.`;
  return `The XML's <uuid> ${document.uuid} is not the uuid of '${opened.name}'${openedUuid !== undefined ? ` (${openedUuid})` : ''}.`;
}

/** A UUID as libvirt parses it: case, dashes and white space do not count. */
export function normalizeUuid(text: string): string {
  return text.replace(/[\s-]/g, '').toLowerCase();
}

function sameUuidText(a: string, b: string): boolean {
  return normalizeUuid(a) === normalizeUuid(b);
}
