import type { Detector } from '../types';
import { internalHostname } from './internal-hostname';
import { ipAddress } from './ip-address';
import { macAddress } from './mac-address';
import { url } from './url';

export type NetworkDetectorId = 'network/ip-address' | 'network/mac-address' | 'network/url' | 'network/internal-hostname';
export const NETWORK_DETECTORS: Record<NetworkDetectorId, Detector> = {
  'network/ip-address': ipAddress,
  'network/mac-address': macAddress,
  'network/url': url,
  'network/internal-hostname': internalHostname,
};
