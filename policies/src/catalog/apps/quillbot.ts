import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://quillbot.com/privacy';

/** QuillBot (Learneo): writing. */
export const quillbot = {
  id: 'quillbot',
  name: 'QuillBot',
  vendor: 'Learneo',
  category: 'writing',
  hosts: ['quillbot.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://quillbot.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
