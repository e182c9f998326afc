import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://policies.google.com/';

/** Google Labs (Flow, Whisk, ImageFX) (Google): image. */
export const googleLabs = {
  id: 'google-labs',
  name: 'Google Labs (Flow, Whisk, ImageFX)',
  vendor: 'Google',
  category: 'image',
  hosts: ['labs.google', 'labs.google.com', 'flow.google', 'aitestkitchen.withgoogle.com'],
  apiHosts: ['aisandbox-pa.googleapis.com'],
  sources: ['v2fly/domain-list-community data/google-deepmind', 'awesome-generative-ai links', 'https://policies.google.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
