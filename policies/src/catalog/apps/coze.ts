import type { AiApp } from '../types';
import { unreviewedRisk } from '../risk';

// Vendor-risk facts not reviewed yet: 'unknown' until someone reads the policy page below.
const policy = 'https://www.coze.com/';

/** Coze (ByteDance): agent / automation. */
export const coze = {
  id: 'coze',
  name: 'Coze',
  vendor: 'ByteDance',
  category: 'agent',
  hosts: ['coze.com', 'coze.cn'],
  apiHosts: [],
  relatedHosts: ['coze-dns-01.com', 'coze.email', 'coze.site', 'cozeapp.net', 'cozebaas.cn', 'cozebuild.com', 'cozecdn.com', 'cozedeploy.com', 'cozefn.cn', 'cozeide.cn', 'cozesdk.com', 'cozetest.cn', 'cozetest2.cn', 'cozetest3.cn'],
  sources: ['v2fly/domain-list-community data/bytedance-ai-!cn', 'v2fly/domain-list-community data/doubao', 'https://www.coze.com/'],
  risk: unreviewedRisk(policy, '2026-11'),
} as const satisfies AiApp;
