import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.comfy.org/';

/** Comfy (ComfyUI) (Comfy Org): image. */
export const comfy = {
  id: 'comfy',
  name: 'Comfy (ComfyUI)',
  vendor: 'Comfy Org',
  category: 'image',
  hosts: ['comfy.org'],
  apiHosts: [],
  relatedHosts: ['comfyci.org', 'comfyregistry.org', 'oystermercury.top'],
  sources: ['v2fly/domain-list-community data/comfy', 'v2fly/domain-list-community data/comfy-ui-launcher', 'https://www.comfy.org/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
