// The command table: `libvirtNetworks.<key>` -> factory. Every command package.json contributes
// is here, and nothing else (a test compares the two).
import type { CommandFactory } from '../ctx';
import { checkHostHealth } from './checkHostHealth';
import { defineAndStartNetwork } from './defineAndStartNetwork';
import { defineNetwork } from './defineNetwork';
import { editNetworkDefinition } from './editNetworkDefinition';
import { openLog } from './openLog';
import { refresh } from './refresh';
import { runAction } from './runAction';
import { showDhcpLeases } from './showDhcpLeases';
import { startNetwork } from './startNetwork';
import { stopNetwork } from './stopNetwork';
import { toggleAutostart } from './toggleAutostart';
import { undefineNetwork } from './undefineNetwork';

export const COMMANDS = {
  startNetwork,
  stopNetwork,
  toggleAutostart,
  defineNetwork,
  defineAndStartNetwork,
  undefineNetwork,
  editNetworkDefinition,
  showDhcpLeases,
  checkHostHealth,
  refresh,
  openLog,
  runAction,
} satisfies Record<string, CommandFactory>;
