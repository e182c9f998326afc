import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.freepik.com/legal/privacy';

/** Freepik AI suite (Pikaso) (Freepik): image. */
export const freepikAi = {
  id: 'freepik-ai',
  name: 'Freepik AI suite (Pikaso)',
  vendor: 'Freepik',
  category: 'image',
  hosts: [],
  apiHosts: [],
  webPaths: ['www.freepik.com/pikaso', 'www.freepik.com/ai'],
  sources: ['https://www.freepik.com/legal/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
