import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.shutterstock.com/privacy';

/** Shutterstock AI image generator (Shutterstock): image. */
export const shutterstockAi = {
  id: 'shutterstock-ai',
  name: 'Shutterstock AI image generator',
  vendor: 'Shutterstock',
  category: 'image',
  hosts: [],
  apiHosts: [],
  webPaths: ['www.shutterstock.com/generate'],
  sources: ['https://www.shutterstock.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
