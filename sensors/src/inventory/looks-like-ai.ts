import * as policies from '@protocol-zero/policies';
import { APPS } from '@protocol-zero/policies';

// Unknown-but-AI-looking hostnames go on a review list. The catalog package is growing its own
// `looksLikeAi`; it is used when exported, and this small fallback covers the meantime.

type Verdict = { reason: string } | undefined;

const TENANT_SUFFIXES: Array<[string, string]> = [
  ['.openai.azure.com', 'Azure OpenAI tenant'],
  ['.cognitiveservices.azure.com', 'Azure AI services tenant'],
  ['.services.ai.azure.com', 'Azure AI Foundry tenant'],
  ['.inference.ai.azure.com', 'Azure AI inference endpoint'],
  ['.inference.ml.azure.com', 'Azure ML inference endpoint'],
  ['-aiplatform.googleapis.com', 'Google Vertex AI region'],
  ['.api.aws', 'AWS dual-stack AI endpoint'],
];
const BEDROCK = /^bedrock(-runtime|-agent-runtime)?(-fips)?\.[a-z0-9-]+\.amazonaws\.com$/;
const AI_WORDS = /(^|[.-])(gpt|llm|llms|genai|openai|anthropic|copilot|chatbot|ollama|huggingface|mistral|deepseek|gemini)([.-]|$)/;

let vendorDomains: Set<string> | undefined;
function vendors(): Set<string> {
  if (!vendorDomains) {
    vendorDomains = new Set();
    for (const app of Object.values(APPS) as Array<{ hosts: readonly string[]; apiHosts: readonly string[] }>) {
      for (const h of [...app.hosts, ...app.apiHosts]) vendorDomains.add(lastTwo(h));
    }
  }
  return vendorDomains;
}

function lastTwo(h: string): string {
  const parts = h.split('.');
  return parts.slice(-2).join('.');
}

function fallback(host: string): Verdict {
  for (const [suffix, reason] of TENANT_SUFFIXES) if (host.endsWith(suffix)) return { reason };
  if (BEDROCK.test(host)) return { reason: 'AWS Bedrock endpoint' };
  if (host.startsWith('api.') && vendors().has(lastTwo(host))) return { reason: 'API host of a catalogued AI vendor' };
  if (host.endsWith('.ai')) return { reason: '.ai domain' };
  const word = AI_WORDS.exec(host);
  if (word) return { reason: `hostname label mentions '${word[2]}'` };
  return undefined;
}

const fromCatalog = (policies as unknown as Record<string, unknown>).looksLikeAi;

/** Returns why the (uncatalogued, normalised) host looks like AI, or undefined. */
export function looksLikeAi(host: string): Verdict {
  if (typeof fromCatalog === 'function') {
    const v: unknown = fromCatalog(host);
    if (v === true) return { reason: 'catalog heuristic' };
    if (typeof v === 'string') return { reason: v };
    if (v && typeof v === 'object' && 'reason' in v) return { reason: String((v as { reason: unknown }).reason) };
    if (v === false || v === undefined || v === null) return undefined;
  }
  return fallback(host);
}

export { fallback as looksLikeAiFallback };
