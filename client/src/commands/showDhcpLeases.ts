import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { asNetworkRef, findNetwork, networkRefOrPick } from './shared';

interface LeaseItem extends vscode.QuickPickItem {
  address: string;
}

/** Show DHCP Leases: a list of the network's leases; picking one copies its address. */
export const showDhcpLeases = (ctx: Ctx) => async (arg?: unknown) => {
  if (!ctx.requireTrust()) return;
  const invokedOn = asNetworkRef(arg);
  if (invokedOn && (await findNetwork(ctx, invokedOn))?.active === false) {
    void vscode.window.showInformationMessage(`Network '${invokedOn.name}' is not active: it hands out no DHCP leases.`);
    return;
  }
  const ref = await networkRefOrPick(ctx, arg, {
    title: 'Show DHCP Leases',
    placeholder: 'Active network whose leases to show',
    filter: (n) => n.active,
    none: 'No network is active, so none has DHCP leases.',
  });
  if (!ref) return;
  const { uri, name } = ref;
  const outcome = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `Reading the leases of '${name}'…` }, () =>
    ctx.request('libvirt/details', ref),
  );
  if (!outcome.ok) return ctx.showHostError(`Could not read the DHCP leases of '${name}'`, outcome.error);
  const failed = outcome.result.errors.find((e) => e.part === 'leases');
  if (failed) return ctx.showHostError(`Could not read the DHCP leases of '${name}'`, failed.error);
  const leases = outcome.result.leases;
  if (leases.length === 0) {
    void vscode.window.showInformationMessage(`Network '${name}' has no DHCP leases: no guest has asked it for an address.`);
    return;
  }
  const items: LeaseItem[] = leases.map((l) => ({
    label: `${l.address}/${l.prefix}`,
    description: l.hostname ?? '',
    detail: `${l.mac} · ${l.family} · expires ${l.expiry}${l.clientId ? ` · client id ${l.clientId}` : ''}`,
    iconPath: new vscode.ThemeIcon('symbol-field'),
    address: l.address,
  }));
  const pick = await vscode.window.showQuickPick(items, {
    title: `DHCP leases of '${name}' on ${uri} (${leases.length})`,
    placeHolder: 'Pick a lease to copy its address',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!pick) return;
  await vscode.env.clipboard.writeText(pick.address);
  vscode.window.setStatusBarMessage(`$(clippy) Copied ${pick.address}`, 4000);
};
