import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://modelcontextprotocol.io/';

/** Model Context Protocol registry (Model Context Protocol): AI-related site. */
export const mcp = {
  id: 'mcp',
  name: 'Model Context Protocol registry',
  vendor: 'Model Context Protocol',
  category: 'other',
  hosts: [],
  apiHosts: [],
  relatedHosts: ['modelcontextprotocol.io'],
  sources: ['awesome-generative-ai links', 'https://modelcontextprotocol.io/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
