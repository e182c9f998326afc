import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aws.amazon.com/q/business/';

/** Amazon Q Business (Amazon Web Services): agent / automation. */
export const amazonQBusiness = {
  id: 'amazon-q-business',
  name: 'Amazon Q Business',
  vendor: 'Amazon Web Services',
  category: 'agent',
  hosts: [],
  apiHosts: [],
  hostPatterns: [{ glob: 'chat.qbusiness.*.on.aws', kind: 'web' }, { glob: 'qbusiness.*.amazonaws.com', kind: 'api' }],
  sources: ['https://aws.amazon.com/q/business/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
