import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.adobe.com/privacy.html';

/** Adobe Firefly (Adobe): image. */
export const adobeFirefly = {
  id: 'adobe-firefly',
  name: 'Adobe Firefly',
  vendor: 'Adobe',
  category: 'image',
  hosts: ['firefly.adobe.com'],
  apiHosts: ['firefly-api.adobe.io'],
  sources: ['https://www.adobe.com/privacy.html'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
