// The explorer's elements and how each renders as a TreeItem:
//   connection -> network -> details (forward, bridge + link, each <ip>, DHCP leases (N) -> lease,
//   Guests (N) -> guest interface). Networks are what commands receive as their argument.
import * as vscode from 'vscode';
import { errorKindLabel, formatHostError } from '../errors';
import type { ConnectionSnapshot, DetailsResult, HostErrorInfo, NetworkRef, NetworkSummary } from '../protocol';
import {
  bridgeDescription,
  DETAIL_PART_LABELS,
  escapeMarkdown,
  forwardDescription,
  guestDescription,
  guestTooltip,
  ipDescription,
  ipLabel,
  leaseDescription,
  leaseLabel,
  linkTooltip,
  networkContextValue,
  networkDescription,
  networkTooltip,
} from './format';

export class ConnectionNode {
  readonly kind = 'connection';
  constructor(readonly snapshot: ConnectionSnapshot) {}

  get uri(): string {
    return this.snapshot.uri;
  }

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.uri, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `connection:${this.uri}`;
    if (this.snapshot.ok) {
      const n = this.snapshot.networks;
      const active = n.filter((x) => x.active).length;
      item.description = n.length === 0 ? 'no networks' : `${n.length} network${n.length === 1 ? '' : 's'}, ${active} active`;
      item.iconPath = new vscode.ThemeIcon('vm-connect');
      item.contextValue = 'connection ok';
      item.tooltip = `libvirt connection ${this.uri}`;
    } else {
      item.description = errorKindLabel(this.snapshot.error.kind);
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
      item.contextValue = 'connection failed';
      item.tooltip = formatHostError(this.uri, this.snapshot.error);
    }
    return item;
  }

  children(): ExplorerNode[] {
    if (!this.snapshot.ok) return errorNodes(`connection:${this.uri}`, this.snapshot.error);
    if (this.snapshot.networks.length === 0) {
      return [new InfoNode(`connection:${this.uri}:empty`, 'No networks', { description: 'define one from an editor', icon: 'info' })];
    }
    return this.snapshot.networks.map((n) => new NetworkNode(this.uri, n));
  }
}

export class NetworkNode implements NetworkRef {
  readonly kind = 'network';
  private details: Promise<DetailsResult | HostErrorInfo> | undefined;

  constructor(
    readonly uri: string,
    readonly network: NetworkSummary,
  ) {}

  get name(): string {
    return this.network.name;
  }

  /** Commands invoked on this item act on the network by UUID (NetworkRef.uuid). */
  get uuid(): string {
    return this.network.uuid;
  }

  toTreeItem(): vscode.TreeItem {
    const n = this.network;
    const item = new vscode.TreeItem(n.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `network:${this.uri}\u0000${n.name}`;
    item.description = networkDescription(n);
    item.iconPath = n.active
      ? new vscode.ThemeIcon('vm-active', new vscode.ThemeColor('charts.green'))
      : new vscode.ThemeIcon('vm-outline', new vscode.ThemeColor('disabledForeground'));
    item.contextValue = networkContextValue(n);
    item.tooltip = new vscode.MarkdownString(networkTooltip(n, this.uri));
    item.accessibilityInformation = { label: `Network ${n.name}, ${item.description}` };
    return item;
  }

  /** Details come from `libvirt/details` once per node: a refresh makes new nodes. */
  async children(fetch: (ref: NetworkRef) => Promise<DetailsResult | HostErrorInfo>): Promise<ExplorerNode[]> {
    this.details ??= fetch({ uri: this.uri, name: this.name, uuid: this.uuid });
    const details = await this.details;
    const n = this.network;
    const id = `network:${this.uri}\u0000${n.name}`;
    const nodes: ExplorerNode[] = [];
    nodes.push(new InfoNode(`${id}:forward`, 'Forward', { description: forwardDescription(n), icon: 'arrow-swap' }));
    if ('kind' in details) {
      // The whole details request failed: the summary still says a lot.
      if (n.bridge) nodes.push(new InfoNode(`${id}:bridge`, 'Bridge', { description: n.bridge, icon: 'plug' }));
      nodes.push(...ipNodes(id, n));
      nodes.push(...errorNodes(`${id}:details`, details));
      return nodes;
    }
    if (n.bridge) {
      const color =
        details.link === 'UP' ? 'charts.green' : details.link === 'NO-CARRIER' ? 'list.warningForeground' : details.link === 'DOWN' ? 'list.errorForeground' : undefined;
      nodes.push(
        new InfoNode(`${id}:bridge`, 'Bridge', {
          description: bridgeDescription(n.bridge, details.link),
          icon: 'plug',
          color,
          tooltip: linkTooltip(details.link),
        }),
      );
    }
    nodes.push(...ipNodes(id, n));
    const failed = new Map(details.errors.map((e) => [e.part, e.error]));
    const leasesError = failed.get('leases');
    if (leasesError) {
      nodes.push(partErrorNode(`${id}:leases`, DETAIL_PART_LABELS.leases, leasesError));
    } else if (n.active) {
      nodes.push(
        new GroupNode(
          `${id}:leases`,
          `DHCP leases (${details.leases.length})`,
          'list-unordered',
          details.leases.map((l) => new InfoNode(`${id}:lease:${l.mac}:${l.address}`, leaseLabel(l), { description: leaseDescription(l), icon: 'symbol-field', tooltip: leaseDescription(l), contextValue: 'lease' })),
          'No leases: no guest has asked this network for an address.',
        ),
      );
    }
    const guestsError = failed.get('guests');
    if (guestsError) {
      nodes.push(partErrorNode(`${id}:guests`, DETAIL_PART_LABELS.guests, guestsError));
    } else {
      nodes.push(
        new GroupNode(
          `${id}:guests`,
          `Guests (${details.guests.length})`,
          'vm',
          details.guests.map(
            (g) => new InfoNode(`${id}:guest:${g.domainUuid}:${g.mac}`, g.domain, { description: guestDescription(g), icon: g.device ? 'vm-running' : 'vm-outline', tooltip: guestTooltip(g), contextValue: 'guest' }),
          ),
          'No guest interface uses this network.',
        ),
      );
    }
    const linkError = failed.get('link');
    if (linkError) nodes.push(partErrorNode(`${id}:link`, DETAIL_PART_LABELS.link, linkError));
    return nodes;
  }
}

function ipNodes(id: string, n: NetworkSummary): InfoNode[] {
  return n.ips.map(
    (ip, i) =>
      new InfoNode(`${id}:ip:${i}`, ipLabel(ip), {
        description: ipDescription(ip),
        icon: 'globe',
        tooltip: `${ip.address}/${ip.prefix}${ip.dhcpRanges.length ? `\nDHCP ${ip.dhcpRanges.map((r) => `${r.start} – ${r.end}`).join(', ')}` : ''}`,
      }),
  );
}

export class GroupNode {
  readonly kind = 'group';
  constructor(
    readonly id: string,
    readonly label: string,
    readonly icon: string,
    readonly items: ExplorerNode[],
    readonly emptyText: string,
  ) {}

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, this.items.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    item.iconPath = new vscode.ThemeIcon(this.icon);
    if (this.items.length === 0) item.tooltip = this.emptyText;
    return item;
  }

  children(): ExplorerNode[] {
    return this.items;
  }
}

export interface InfoOptions {
  description?: string;
  icon?: string;
  color?: string;
  tooltip?: string | vscode.MarkdownString;
  contextValue?: string;
  children?: ExplorerNode[];
}

export class InfoNode {
  readonly kind = 'info';
  constructor(
    readonly id: string,
    readonly label: string,
    readonly options: InfoOptions = {},
  ) {}

  toTreeItem(): vscode.TreeItem {
    const o = this.options;
    const item = new vscode.TreeItem(this.label, o.children?.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = this.id;
    if (o.description !== undefined) item.description = o.description;
    if (o.icon) item.iconPath = new vscode.ThemeIcon(o.icon, o.color ? new vscode.ThemeColor(o.color) : undefined);
    if (o.tooltip !== undefined) item.tooltip = o.tooltip;
    item.contextValue = o.contextValue ?? 'info';
    return item;
  }

  children(): ExplorerNode[] {
    return this.options.children ?? [];
  }
}

/** A failure as tree rows: the message verbatim, the hint below it. */
function errorNodes(id: string, error: HostErrorInfo): InfoNode[] {
  const md = new vscode.MarkdownString(`${escapeMarkdown(error.message)}${error.hint ? `\n\n${escapeMarkdown(error.hint)}` : ''}`);
  const nodes = [new InfoNode(`${id}:error`, error.message.split('\n')[0], { icon: 'error', color: 'list.errorForeground', tooltip: md, contextValue: 'error' })];
  if (error.hint) nodes.push(new InfoNode(`${id}:hint`, error.hint, { icon: 'lightbulb', tooltip: md, contextValue: 'hint' }));
  return nodes;
}

function partErrorNode(id: string, label: string, error: HostErrorInfo): InfoNode {
  return new InfoNode(`${id}:error`, label, {
    description: error.message.split('\n')[0],
    icon: 'warning',
    color: 'list.warningForeground',
    tooltip: formatHostError(label, error),
    contextValue: 'error',
  });
}

export type ExplorerNode = ConnectionNode | NetworkNode | GroupNode | InfoNode;
