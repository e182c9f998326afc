import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://partyrock.aws/';

/** PartyRock (Amazon Web Services): agent / automation. */
export const partyrock = {
  id: 'partyrock',
  name: 'PartyRock',
  vendor: 'Amazon Web Services',
  category: 'agent',
  hosts: ['partyrock.aws'],
  apiHosts: [],
  sources: ['https://partyrock.aws/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
