import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://magicpotion.app/';

/** Magic Potion (Magic Potion): productivity. */
export const magicpotion = {
  id: 'magicpotion',
  name: 'Magic Potion',
  vendor: 'Magic Potion',
  category: 'productivity',
  hosts: ['magicpotion.app'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://magicpotion.app/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
