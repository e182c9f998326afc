import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://askyourpdf.com/';

/** AskYourPDF (AskYourPDF): chat assistant. */
export const askyourpdf = {
  id: 'askyourpdf',
  name: 'AskYourPDF',
  vendor: 'AskYourPDF',
  category: 'chat_assistant',
  hosts: ['askyourpdf.com'],
  apiHosts: [],
  sources: ['https://askyourpdf.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
