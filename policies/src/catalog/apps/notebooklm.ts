import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://policies.google.com/';

/** NotebookLM (Google): productivity. */
export const notebooklm = {
  id: 'notebooklm',
  name: 'NotebookLM',
  vendor: 'Google',
  category: 'productivity',
  hosts: ['notebooklm.google.com', 'notebooklm.google', 'notebook.google.com'],
  apiHosts: ['notebooklm-pa.googleapis.com', 'notebooklm.googleapis.com'],
  sources: ['v2fly/domain-list-community data/google-deepmind', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://policies.google.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
