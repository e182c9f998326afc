import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://learn.microsoft.com/azure/ai-foundry/';

/** Azure AI Foundry (Microsoft): inference platform. */
export const azureAiFoundry = {
  id: 'azure-ai-foundry',
  name: 'Azure AI Foundry',
  vendor: 'Microsoft',
  category: 'inference_platform',
  hosts: ['ai.azure.com'],
  apiHosts: ['services.ai.azure.com', 'cognitiveservices.azure.com', 'inference.ml.azure.com'],
  sources: ['https://learn.microsoft.com/azure/ai-foundry/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
