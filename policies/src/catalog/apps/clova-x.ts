import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://clova-x.naver.com/';

/** CLOVA X (Naver): chat assistant. */
export const clovaX = {
  id: 'clova-x',
  name: 'CLOVA X',
  vendor: 'Naver',
  category: 'chat_assistant',
  hosts: ['clova-x.naver.com'],
  apiHosts: [],
  sources: ['https://clova-x.naver.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
