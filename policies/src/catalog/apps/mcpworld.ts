import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.mcpworld.com/';

/** MCP World (MCP World): agent / automation. */
export const mcpworld = {
  id: 'mcpworld',
  name: 'MCP World',
  vendor: 'MCP World',
  category: 'agent',
  hosts: ['mcpworld.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/category-ai-cn', 'https://www.mcpworld.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
