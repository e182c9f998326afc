import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.clarifai.com/privacy-policy';

/** Clarifai (Clarifai): inference platform. */
export const clarifai = {
  id: 'clarifai',
  name: 'Clarifai',
  vendor: 'Clarifai',
  category: 'inference_platform',
  hosts: ['clarifai.com'],
  apiHosts: ['api.clarifai.com'],
  sources: ['https://www.clarifai.com/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
