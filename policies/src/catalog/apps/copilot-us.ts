import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://copilot.us/';

/** Chat With PDF by Copilot.us (Chat With PDF by Copilot.us): productivity. */
export const copilotUs = {
  id: 'copilot-us',
  name: 'Chat With PDF by Copilot.us',
  vendor: 'Chat With PDF by Copilot.us',
  category: 'productivity',
  hosts: ['copilot.us'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://copilot.us/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
