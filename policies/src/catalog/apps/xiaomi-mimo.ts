import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://xiaomimimo.com/';

/** Xiaomi MiMo (Xiaomi): model API. */
export const xiaomiMimo = {
  id: 'xiaomi-mimo',
  name: 'Xiaomi MiMo',
  vendor: 'Xiaomi',
  category: 'model_api',
  hosts: ['xiaomimimo.com'],
  apiHosts: [],
  sources: ['v2fly/domain-list-community data/xiaomi-ai', 'https://xiaomimimo.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
