import type { SiteAdapter } from './types';
import { chatgpt } from './chatgpt';
import { claude } from './claude';
import { gemini } from './gemini';
import { copilot } from './copilot';
import { perplexity } from './perplexity';
import { deepseek } from './deepseek';
import { mistral } from './mistral';
import { poe } from './poe';
import { grok } from './grok';
import { metaAi } from './meta-ai';
import { huggingchat } from './huggingchat';
import { characterAi } from './character-ai';
import { generic } from './generic';

export type { SiteAdapter } from './types';

export type AdapterId =
  | 'chatgpt' | 'claude' | 'gemini' | 'copilot' | 'perplexity' | 'deepseek' | 'mistral' | 'poe' | 'grok'
  | 'meta-ai' | 'huggingchat' | 'character-ai' | 'generic';

// Total record: a new adapter id that is not listed here fails to compile.
export const ADAPTERS: Record<AdapterId, SiteAdapter> = {
  chatgpt, claude, gemini, copilot, perplexity, deepseek, mistral, poe, grok,
  'meta-ai': metaAi, huggingchat, 'character-ai': characterAi, generic,
};

const onHost = (host: string, h: string) => host === h || host.endsWith('.' + h);

/** The site adapter for a page; the generic one for any other host (the caller checks the catalog). */
export function adapterFor(host: string, path = '/'): SiteAdapter {
  const h = host.toLowerCase();
  for (const a of Object.values(ADAPTERS)) {
    if (a.hosts.some((x) => onHost(h, x)) && (!a.pathPrefix || path.startsWith(a.pathPrefix))) return a;
  }
  return ADAPTERS.generic;
}

/** Hostnames that have a dedicated adapter: always intercepted even if the catalog lacks them. */
export const ADAPTER_HOSTS: readonly string[] = Object.values(ADAPTERS).flatMap((a) => a.hosts);
