import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://stockphotoai.net/';

/** StockPhotoAI.net (StockPhotoAI.net): image. */
export const stockphotoai = {
  id: 'stockphotoai',
  name: 'StockPhotoAI.net',
  vendor: 'StockPhotoAI.net',
  category: 'image',
  hosts: ['stockphotoai.net'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://stockphotoai.net/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
