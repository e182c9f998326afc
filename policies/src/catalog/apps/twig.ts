import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://twig.so/';

/** Twig (Twig): agent / automation. */
export const twig = {
  id: 'twig',
  name: 'Twig',
  vendor: 'Twig',
  category: 'agent',
  hosts: ['twig.so'],
  apiHosts: [],
  sources: ['awesome-ai-tools links', 'https://twig.so/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
