import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.langchain.com/privacy-policy';

/** LangChain / LangSmith (LangChain): agent / automation. */
export const langchain = {
  id: 'langchain',
  name: 'LangChain / LangSmith',
  vendor: 'LangChain',
  category: 'agent',
  hosts: ['langchain.com'],
  apiHosts: ['api.smith.langchain.com'],
  sources: ['v2fly/domain-list-community data/category-ai-!cn', 'awesome-ai-tools links', 'awesome-generative-ai links', 'https://www.langchain.com/privacy-policy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
