import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://aws.amazon.com/q/developer/';

/** Amazon Q Developer (Amazon Web Services): coding assistant. */
export const amazonQ = {
  id: 'amazon-q',
  name: 'Amazon Q Developer',
  vendor: 'Amazon Web Services',
  category: 'coding_assistant',
  hosts: [],
  apiHosts: [],
  hostPatterns: [{ glob: 'q.*.amazonaws.com', kind: 'api' }, { glob: 'codewhisperer.*.amazonaws.com', kind: 'api' }],
  sources: ['https://aws.amazon.com/q/developer/'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    enterpriseTier: fact(true, 'https://aws.amazon.com/q/developer/pricing/', '2025-06'),
  },
} as const satisfies AiApp;
