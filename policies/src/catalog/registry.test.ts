import { describe, expect, it } from 'vitest';
import * as files from './apps/index';
import { APPS } from './registry';
import { APP_CATEGORIES, type AiApp, type RiskFact } from './types';

const apps = Object.entries(APPS) as [string, AiApp][];
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const GLOB = /^(?:[a-z0-9*](?:[a-z0-9*-]{0,61}[a-z0-9*])?\.)+[a-z]{2,}$/;
// Parents shared by many unrelated products: claiming one would match half the internet.
const SHARED_PARENTS = [
  'google.com', 'googleapis.com', 'gstatic.com', 'clients6.google.com', 'microsoft.com', 'bing.com', 'office.com', 'cloud.microsoft',
  'azure.com', 'windows.net', 'blob.core.windows.net', 'amazonaws.com', 's3.amazonaws.com', 'amazon.com', 'cloudfront.net',
  'github.com', 'githubusercontent.com', 'x.com', 'twitter.com', 'facebook.com', 'meta.com', 'apple.com', 'cloudflare.com',
  'cloudflare.net', 'azureedge.net', 'azurefd.net', 'webpubsub.azure.com', 'livekit.cloud', 'cloudinary.com', 'imgix.net',
  'b-cdn.net', 'sentry.io', 'baidu.com', 'aliyun.com', 'aliyuncs.com', 'tencent.com', 'qq.com', 'volces.com', 'on.aws',
  'vercel.app', 'netlify.app', 'herokuapp.com', 'notion.so', 'canva.com', 'figma.com', 'adobe.com',
];

describe('registry', () => {
  it('has at least 300 apps, every key equal to its id', () => {
    expect(apps.length).toBeGreaterThanOrEqual(300);
    for (const [key, app] of apps) expect(app.id).toBe(key);
    // Two files with one id would silently collapse into one registry entry.
    expect(Object.values(files).length).toBe(apps.length);
  });

  it.each(apps)('%s: id kebab-case, known category, named, sourced, something to match', (_, app) => {
    expect(app.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(APP_CATEGORIES).toContain(app.category);
    expect(app.name.trim()).not.toBe('');
    expect(app.vendor.trim()).not.toBe('');
    expect(app.sources?.length ?? 0).toBeGreaterThan(0);
    const targets = app.hosts.length + app.apiHosts.length + (app.relatedHosts?.length ?? 0) + (app.hostPatterns?.length ?? 0) + (app.webPaths?.length ?? 0);
    expect(targets).toBeGreaterThan(0);
  });

  it.each(apps)('%s: hosts lower-case and valid, no shared parent claimed', (_, app) => {
    for (const h of [...app.hosts, ...app.apiHosts, ...(app.relatedHosts ?? [])]) {
      expect(h, h).toMatch(HOST);
      expect(SHARED_PARENTS, h).not.toContain(h);
    }
    for (const p of app.hostPatterns ?? []) {
      expect(p.glob).toMatch(GLOB);
      expect(p.glob).toContain('*');
      // The matcher tests globs from the node of their fixed suffix, which must have two labels or more.
      const labels = p.glob.split('.');
      expect(labels.length - (labels.findLastIndex((l) => l.includes('*')) + 1), p.glob).toBeGreaterThanOrEqual(2);
    }
    for (const route of app.webPaths ?? []) {
      const [host, ...path] = route.split('/');
      expect(host, route).toMatch(HOST);
      expect(path.join('/').length, route).toBeGreaterThan(0);
    }
  });

  it('no host, glob or route is claimed by two apps', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [, app] of apps) {
      const all = [...app.hosts, ...app.apiHosts, ...(app.relatedHosts ?? []), ...(app.hostPatterns ?? []).map((p) => p.glob), ...(app.webPaths ?? [])];
      for (const h of all) {
        const prev = owner.get(h);
        if (prev) clashes.push(`${h}: ${prev} and ${app.id}`);
        owner.set(h, app.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each(apps)('%s: every risk fact has a source and an asOf month', (_, app) => {
    const facts = Object.entries(app.risk) as [string, RiskFact<unknown>][];
    expect(facts.length).toBeGreaterThanOrEqual(6);
    for (const [name, f] of facts) {
      expect(f.source.trim(), name).not.toBe('');
      expect(f.source, name).toMatch(/^https:\/\//);
      expect(f.asOf, name).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
    }
  });

  it('covers every category the brief names', () => {
    const counts = new Map<string, number>();
    for (const [, app] of apps) counts.set(app.category, (counts.get(app.category) ?? 0) + 1);
    console.log(`apps: ${apps.length}; by category: ${[...counts].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
    for (const c of ['chat_assistant', 'coding_assistant', 'writing', 'image', 'video', 'voice', 'meeting_notes', 'search', 'model_api', 'inference_platform', 'embedded_saas'] as const) {
      expect(counts.get(c) ?? 0, c).toBeGreaterThan(0);
    }
  });

  it('the chat UIs the extension ships adapters for are web hosts (intercepted), not just related', () => {
    for (const [id, host] of [
      ['chatgpt', 'chatgpt.com'], ['chatgpt', 'chat.openai.com'], ['claude', 'claude.ai'], ['gemini', 'gemini.google.com'],
      ['microsoft-copilot', 'copilot.microsoft.com'], ['m365-copilot', 'copilot.cloud.microsoft'], ['perplexity', 'perplexity.ai'], ['deepseek', 'chat.deepseek.com'],
      ['le-chat', 'chat.mistral.ai'], ['poe', 'poe.com'], ['grok', 'grok.com'], ['meta-ai', 'meta.ai'], ['character-ai', 'character.ai'],
    ] as const) {
      expect(APPS[id].hosts, id).toContain(host);
    }
    expect(APPS.huggingchat.webPaths).toContain('huggingface.co/chat');
  });
});
