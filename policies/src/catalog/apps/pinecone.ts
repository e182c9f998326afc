import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.pinecone.io/privacy/';

/** Pinecone (Pinecone): AI-related site. */
export const pinecone = {
  id: 'pinecone',
  name: 'Pinecone',
  vendor: 'Pinecone',
  category: 'other',
  hosts: ['pinecone.io'],
  apiHosts: [],
  sources: ['https://www.pinecone.io/privacy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
