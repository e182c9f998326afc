import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://prisma-ai.com/';

/** Lensa (Lensa): image. */
export const prismaAi = {
  id: 'prisma-ai',
  name: 'Lensa',
  vendor: 'Lensa',
  category: 'image',
  hosts: ['prisma-ai.com'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'awesome-generative-ai links', 'https://prisma-ai.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
