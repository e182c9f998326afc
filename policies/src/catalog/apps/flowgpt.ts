import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://flowgpt.com/';

/** FlowGPT (FlowGPT): chat assistant. */
export const flowgpt = {
  id: 'flowgpt',
  name: 'FlowGPT',
  vendor: 'FlowGPT',
  category: 'chat_assistant',
  hosts: ['flowgpt.com'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://flowgpt.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
