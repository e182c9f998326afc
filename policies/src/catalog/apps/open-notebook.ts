import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.open-notebook.ai/';

/** Open Notebook (Open Notebook): productivity. */
export const openNotebook = {
  id: 'open-notebook',
  name: 'Open Notebook',
  vendor: 'Open Notebook',
  category: 'productivity',
  hosts: ['open-notebook.ai'],
  apiHosts: [],
  sources: ['awesome-generative-ai links', 'https://www.open-notebook.ai/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
