import type { Rule } from '../../rule';
import { unsupportedElementInDeviceMode } from '../unsupported-element-in-device-mode';
import { bandwidthUnsupportedInMode } from '../bandwidth-unsupported-in-mode';
import { bandwidthTooBig } from '../bandwidth-too-big';
import { hostdevPoolByNetdev } from '../hostdev-pool-by-netdev';
import { pciAddressOutsideHostdev } from '../pci-address-outside-hostdev';
import { multipleDhcpIps } from '../multiple-dhcp-ips';
import { vlanUnsupportedInMode } from '../vlan-unsupported-in-mode';
import { portgroupMultipleDefaults } from '../portgroup-multiple-defaults';
import { portgroupNameDuplicate } from '../portgroup-name-duplicate';
import { nameTooLongForConfigFile } from '../name-too-long-for-config-file';

/** §3.10 networkValidate(): what the real network driver refuses at define (V-*). */
export const driverValidationRules: Rule[] = [
  unsupportedElementInDeviceMode,
  bandwidthUnsupportedInMode,
  bandwidthTooBig,
  hostdevPoolByNetdev,
  pciAddressOutsideHostdev,
  multipleDhcpIps,
  vlanUnsupportedInMode,
  portgroupMultipleDefaults,
  portgroupNameDuplicate,
  nameTooLongForConfigFile,
];
