import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://aws.amazon.com/sagemaker/';

/** Amazon SageMaker endpoints (Amazon Web Services): inference platform. */
export const sagemakerRuntime = {
  id: 'sagemaker-runtime',
  name: 'Amazon SageMaker endpoints',
  vendor: 'Amazon Web Services',
  category: 'inference_platform',
  hosts: [],
  apiHosts: [],
  hostPatterns: [{ glob: 'runtime.sagemaker.*.amazonaws.com', kind: 'api' }],
  sources: ['https://aws.amazon.com/sagemaker/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
