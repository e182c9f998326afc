import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.ibm.com/privacy';

/** IBM watsonx.ai (IBM): inference platform. */
export const ibmWatsonx = {
  id: 'ibm-watsonx',
  name: 'IBM watsonx.ai',
  vendor: 'IBM',
  category: 'inference_platform',
  hosts: [],
  apiHosts: ['ml.cloud.ibm.com'],
  webPaths: ['dataplatform.cloud.ibm.com/wx'],
  sources: ['https://www.ibm.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
