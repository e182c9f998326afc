import type { AiApp } from '../types';
import { fact, unreviewedRisk } from '../risk';

// Facts below cite the vendor page that states them; the rest stay 'unknown' until reviewed.
const policy = 'https://aws.amazon.com/bedrock/security-compliance/';

/** Amazon Bedrock (Amazon Web Services): inference platform. */
export const amazonBedrock = {
  id: 'amazon-bedrock',
  name: 'Amazon Bedrock',
  vendor: 'Amazon Web Services',
  category: 'inference_platform',
  hosts: [],
  apiHosts: [],
  hostPatterns: [{ glob: 'bedrock-runtime.*.amazonaws.com', kind: 'api' }, { glob: 'bedrock-runtime-fips.*.amazonaws.com', kind: 'api' }, { glob: 'bedrock.*.amazonaws.com', kind: 'api' }, { glob: 'bedrock-agent-runtime.*.amazonaws.com', kind: 'api' }, { glob: 'bedrock-agent.*.amazonaws.com', kind: 'api' }, { glob: 'bedrock-runtime.*.api.aws', kind: 'api' }, { glob: 'bedrock.*.api.aws', kind: 'api' }],
  sources: ['https://aws.amazon.com/bedrock/security-compliance/'],
  risk: {
    ...unreviewedRisk(policy, '2026-11'),
    trainsOnInputsByDefault: fact(false, 'https://aws.amazon.com/bedrock/security-compliance/', '2025-06'),
    retentionDays: fact('none', 'https://aws.amazon.com/bedrock/security-compliance/', '2025-06'),
    enterpriseTier: fact(true, 'https://aws.amazon.com/bedrock/security-compliance/', '2025-06'),
    soc2: fact(true, 'https://aws.amazon.com/bedrock/security-compliance/', '2025-06'),
    hipaaBaa: fact(true, 'https://aws.amazon.com/bedrock/security-compliance/', '2025-06'),
    dataResidency: fact(['US', 'EU'], 'https://docs.aws.amazon.com/bedrock/latest/userguide/bedrock-regions.html', '2025-06'),
  },
} as const satisfies AiApp;
