import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.stepfun.com/';

/** StepFun (Yuewen) (StepFun): chat assistant. */
export const stepfun = {
  id: 'stepfun',
  name: 'StepFun (Yuewen)',
  vendor: 'StepFun',
  category: 'chat_assistant',
  hosts: ['stepfun.com', 'yuewen.cn'],
  apiHosts: ['api.stepfun.com'],
  sources: ['https://www.stepfun.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
