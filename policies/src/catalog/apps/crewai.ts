import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.crewai.com/';

/** CrewAI (CrewAI): agent / automation. */
export const crewai = {
  id: 'crewai',
  name: 'CrewAI',
  vendor: 'CrewAI',
  category: 'agent',
  hosts: ['crewai.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'https://www.crewai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
