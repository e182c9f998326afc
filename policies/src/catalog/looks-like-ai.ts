import type { AiApp } from './types';
import { APPS } from './registry';
import { matchHost } from './match';
import { isIpOrPtr, normalizeHost, registrableDomain } from './host';

/**
 * For hosts the catalog does not know: does this look like an AI service worth a human look?
 * Feeds the sensor's review list, so precision matters more than recall — a noisy list is ignored.
 */
export interface AiLookalikeReason {
  reason: string;
}

// Words that on their own mean AI in a hostname, as whole tokens (split on '.', '-', '_' and
// letter/digit boundaries: 'gpt4-proxy' has the token 'gpt').
const STRONG = [
  'gpt', 'chatgpt', 'llm', 'llms', 'genai', 'openai', 'copilot', 'chatbot', 'anthropic', 'ollama', 'deepseek', 'qwen',
  'vllm', 'litellm', 'langchain', 'aigc', 'stablediffusion', 'midjourney', 'huggingface', 'aiassistant', 'aichat', 'chatai',
];
// Strong words also count glued to the start or end of a label ('mygpt', 'llmproxy'); 'llm' inside a
// word is too common ('fullmoon'), so only the edges.
const EDGE = ['gpt', 'llm', 'genai', 'openai', 'copilot', 'chatbot', 'aigc'];
// Words that mean AI only together with another hint ('chat.google.com' is Google Chat, not AI;
// gemini.com is a crypto exchange, 'claude' and 'llama' are names and animals).
const WEAK = [
  'ai', 'chat', 'bot', 'assistant', 'agent', 'agents', 'inference', 'model', 'models', 'prompt', 'neural', 'ml', 'rag', 'embeddings',
  'completions', 'gemini', 'claude', 'mistral', 'llama', 'diffusion',
];
const alt = (words: string[]): string => words.join('|');
// Token boundaries: start/end, a separator, or a digit next to the (all-letter) word.
const STRONG_RE = new RegExp(`(?:^|[^a-z])(${alt(STRONG)})(?![a-z])`);
const EDGE_RE = new RegExp(`(?:^|\\.)(${alt(EDGE)})[a-z0-9]|[a-z0-9](${alt(EDGE)})(?:\\.|$)`);
const WEAK_RE = new RegExp(`(?:^|[^a-z])(${alt(WEAK)})(?![a-z])`, 'g');
// First labels that mark an API endpoint.
const API_LABEL = /^(?:api|apis|api\d+|[a-z0-9-]*-api|api-[a-z0-9-]*|llm|inference|gateway|completions?|models?)$/;

// Registrable domains that host many unrelated products: an AI app under them says nothing about siblings.
const SHARED_PARENTS = new Set([
  'google.com', 'googleapis.com', 'gstatic.com', 'google', 'goog', 'withgoogle.com', 'google.dev', 'microsoft.com', 'microsoft', 'bing.com', 'office.com',
  'microsoft365.com', 'azure.com', 'windows.net', 'azureedge.net', 'azurefd.net', 'amazonaws.com', 'amazon.com', 'aws', 'on.aws',
  'cloudflare.com', 'cloudflare.net', 'github.com', 'githubusercontent.com', 'githubnext.com', 'x.com', 'baidu.com', 'baidubce.com',
  'aliyun.com', 'aliyuncs.com', 'alibabacloud.com', 'tencent.com', 'tencentcloudapi.com', 'qq.com', 'quark.cn', 'zhaomi.cn', 'jianying.com',
  'capcut.com', 'bytedance.com', 'volces.com', 'volcengine.com', 'naver.com', 'sberbank.ru', 'yandex.net', 'ibm.com', 'oraclecloud.com',
  'nvidia.com', 'adobe.com', 'adobe.io', 'canva.com', 'figma.com', 'freepik.com', 'shutterstock.com', 'dropbox.com', 'whimsical.com',
  'kagi.com', 'brave.com', 'opera-api.com', 'duckduckgo.com', 'gitlab.com', 'meta.com', 'facebook.com', 'stanford.edu', 'allenai.org',
  'intellij.net', 'vsassets.io', 'livekit.cloud', 'cloudinary.com', 'imgix.net', 'b-cdn.net', 'sentry.io', 'qualtrics.com', 'webpubsub.azure.com',
  'vercel.sh', 'ovh.net', 'cloud.microsoft', 'sourcegraph.com',
]);

let vendorDomains: Set<string> | undefined;
/** Registrable domains of catalogued hosts that are themselves not catalogued (e.g. 'xfyun.cn' for 'xinghuo.xfyun.cn'). */
function vendorDomainSet(): Set<string> {
  if (vendorDomains) return vendorDomains;
  vendorDomains = new Set();
  for (const app of Object.values(APPS) as AiApp[]) {
    for (const h of [...app.hosts, ...app.apiHosts, ...(app.relatedHosts ?? [])]) {
      const d = registrableDomain(h);
      if (d !== h && !SHARED_PARENTS.has(d)) vendorDomains.add(d);
    }
  }
  return vendorDomains;
}

export function looksLikeAi(input: string): AiLookalikeReason | undefined {
  const host = normalizeHost(input);
  if (isIpOrPtr(host) || matchHost(host)) return undefined;
  const lastDot = host.lastIndexOf('.');
  if (lastDot <= 0) return undefined;
  const first = host.slice(0, host.indexOf('.'));
  if (host.indexOf('.') < lastDot && API_LABEL.test(first)) {
    const domain = registrableDomain(host);
    if (domain !== host && vendorDomainSet().has(domain)) return { reason: `API-style host under catalogued AI vendor domain ${domain}` };
  }
  // The TLD itself is not a word here: '.ai' is counted as its own hint below.
  const name = host.slice(0, lastDot);
  const strong = STRONG_RE.exec(name);
  if (strong) return { reason: `AI term "${strong[1]}" in hostname` };
  const edge = EDGE_RE.exec(name);
  if (edge) return { reason: `AI term "${edge[1] ?? edge[2]}" glued to a hostname label` };
  const weak = name.match(WEAK_RE);
  if (!weak) return undefined;
  const word = weak[0].replace(/^[^a-z]/, '');
  if (host.endsWith('.ai')) return { reason: `AI word "${word}" under the .ai TLD` };
  if (weak.length >= 2) return { reason: `several AI words in hostname (first: "${word}")` };
  return undefined;
}
