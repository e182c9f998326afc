import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.nvidia.com/en-us/about-nvidia/privacy-policy/';

/** NVIDIA NIM (build.nvidia.com) (NVIDIA): inference platform. */
export const nvidiaNim = {
  id: 'nvidia-nim',
  name: 'NVIDIA NIM (build.nvidia.com)',
  vendor: 'NVIDIA',
  category: 'inference_platform',
  hosts: ['build.nvidia.com'],
  apiHosts: ['integrate.api.nvidia.com', 'ai.api.nvidia.com'],
  sources: ['https://www.nvidia.com/en-us/about-nvidia/privacy-policy/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
