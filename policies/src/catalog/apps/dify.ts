import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://dify.ai/';

/** Dify (LangGenius): agent / automation. */
export const dify = {
  id: 'dify',
  name: 'Dify',
  vendor: 'LangGenius',
  category: 'agent',
  hosts: ['dify.ai'],
  apiHosts: ['api.dify.ai'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://dify.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
