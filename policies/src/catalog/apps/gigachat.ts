import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://giga.chat/';

/** GigaChat (Sber): chat assistant. */
export const gigachat = {
  id: 'gigachat',
  name: 'GigaChat',
  vendor: 'Sber',
  category: 'chat_assistant',
  hosts: ['giga.chat'],
  apiHosts: ['gigachat.devices.sberbank.ru'],
  sources: ['https://giga.chat/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
