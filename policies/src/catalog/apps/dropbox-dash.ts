import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.dropbox.com/privacy';

/** Dropbox Dash (Dropbox): AI search. */
export const dropboxDash = {
  id: 'dropbox-dash',
  name: 'Dropbox Dash',
  vendor: 'Dropbox',
  category: 'search',
  hosts: ['dash.dropbox.com'],
  apiHosts: [],
  sources: ['https://www.dropbox.com/privacy'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
