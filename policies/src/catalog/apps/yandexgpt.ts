import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://yandex.com/legal/';

/** YandexGPT (Yandex Cloud) (Yandex): model API. */
export const yandexgpt = {
  id: 'yandexgpt',
  name: 'YandexGPT (Yandex Cloud)',
  vendor: 'Yandex',
  category: 'model_api',
  hosts: [],
  apiHosts: ['llm.api.cloud.yandex.net'],
  sources: ['https://yandex.com/legal/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
