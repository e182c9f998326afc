import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.oracle.com/legal/privacy/';

/** OCI Generative AI (Oracle): inference platform. */
export const ociGenerativeAi = {
  id: 'oci-generative-ai',
  name: 'OCI Generative AI',
  vendor: 'Oracle',
  category: 'inference_platform',
  hosts: [],
  apiHosts: [],
  hostPatterns: [{ glob: 'inference.generativeai.*.oci.oraclecloud.com', kind: 'api' }],
  sources: ['https://www.oracle.com/legal/privacy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
