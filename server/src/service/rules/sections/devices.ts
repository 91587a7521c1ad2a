import type { Rule } from '../../rule';
import { portgroupNameMissing } from '../portgroup-name-missing';
import { virtualportTypeUnknown } from '../virtualport-type-unknown';
import { virtualportTypeMissing } from '../virtualport-type-missing';
import { virtualportParameterInvalid } from '../virtualport-parameter-invalid';
import { virtualportParameterExtra } from '../virtualport-parameter-extra';
import { virtualportMergeMismatch } from '../virtualport-merge-mismatch';
import { virtualportModeUnsupported } from '../virtualport-mode-unsupported';
import { virtualportParameterMissing } from '../virtualport-parameter-missing';
import { bandwidthClassidNotAllowed } from '../bandwidth-classid-not-allowed';
import { bandwidthValueInvalid } from '../bandwidth-value-invalid';
import { bandwidthAverageMissing } from '../bandwidth-average-missing';
import { bandwidthPeakWithoutAverage } from '../bandwidth-peak-without-average';
import { bandwidthFloorNotAllowed } from '../bandwidth-floor-not-allowed';
import { vlanTagMissing } from '../vlan-tag-missing';
import { vlanTagIdInvalid } from '../vlan-tag-id-invalid';
import { vlanNativeModeInvalid } from '../vlan-native-mode-invalid';
import { vlanNativeModeDuplicate } from '../vlan-native-mode-duplicate';
import { vlanTrunkInvalid } from '../vlan-trunk-invalid';
import { portIsolatedInvalid } from '../port-isolated-invalid';

/** §3.9: portgroup, virtualport, bandwidth, vlan, port. */
export const deviceRules: Rule[] = [
  portgroupNameMissing,
  virtualportTypeUnknown,
  virtualportTypeMissing,
  virtualportParameterInvalid,
  virtualportParameterExtra,
  virtualportMergeMismatch,
  virtualportModeUnsupported,
  virtualportParameterMissing,
  bandwidthClassidNotAllowed,
  bandwidthValueInvalid,
  bandwidthAverageMissing,
  bandwidthPeakWithoutAverage,
  bandwidthFloorNotAllowed,
  vlanTagMissing,
  vlanTagIdInvalid,
  vlanNativeModeInvalid,
  vlanNativeModeDuplicate,
  vlanTrunkInvalid,
  portIsolatedInvalid,
];
