import { describe, expect, it } from 'vitest';
import { lookupApp, matchHost, matchUrl } from './match';

describe('matchHost', () => {
  // [input, app id or undefined, kind]
  const table: [string, string | undefined, string?][] = [
    // label boundaries
    ['claude.ai', 'claude', 'web'],
    ['www.claude.ai', 'claude', 'web'],
    ['notclaude.ai', undefined],
    ['claude.ai.evil.com', undefined],
    ['chatgpt.com', 'chatgpt', 'web'],
    ['chatgpt.com.example', undefined],
    ['mychatgpt.com', undefined],
    ['chatgpt.co', undefined],
    // most specific host wins
    ['api.openai.com', 'openai-api', 'api'],
    ['platform.openai.com', 'openai-api', 'web'],
    ['openai.com', 'chatgpt', 'related'],
    ['cdn.oaistatic.com', 'chatgpt', 'related'],
    ['sora.chatgpt.com', 'sora', 'web'],
    ['api.anthropic.com', 'anthropic-api', 'api'],
    ['www.anthropic.com', 'claude', 'related'],
    ['chat.deepseek.com', 'deepseek', 'web'],
    ['api.deepseek.com', 'deepseek-api', 'api'],
    ['api.x.ai', 'xai-api', 'api'],
    ['grok.com', 'grok', 'web'],
    ['api.mistral.ai', 'mistral-api', 'api'],
    ['chat.mistral.ai', 'le-chat', 'web'],
    // wildcard tenants and regions under shared parents
    ['contoso-eastus.openai.azure.com', 'azure-openai', 'api'],
    ['my-res.cognitiveservices.azure.com', 'azure-ai-foundry', 'api'],
    ['bedrock-runtime.us-east-1.amazonaws.com', 'amazon-bedrock', 'api'],
    ['bedrock-runtime.eu-central-1.amazonaws.com', 'amazon-bedrock', 'api'],
    ['bedrock-runtime.amazonaws.com', undefined],
    ['notbedrock-runtime.us-east-1.amazonaws.com', undefined],
    ['us-central1-aiplatform.googleapis.com', 'vertex-ai', 'api'],
    ['aiplatform.googleapis.com', 'vertex-ai', 'api'],
    ['chatgpt-async-webps-prod-westus-3.webpubsub.azure.com', 'chatgpt', 'related'],
    ['other-app.webpubsub.azure.com', undefined],
    ['inference.generativeai.us-chicago-1.oci.oraclecloud.com', 'oci-generative-ai', 'api'],
    // shared parents: only the AI hosts match
    ['ppl-ai-file-upload.s3.amazonaws.com', 'perplexity', 'related'],
    ['mybucket.s3.amazonaws.com', undefined],
    ['s3.amazonaws.com', undefined],
    ['generativelanguage.googleapis.com', 'google-ai-studio', 'api'],
    ['googleapis.com', undefined],
    ['storage.googleapis.com', undefined],
    ['gemini.google.com', 'gemini', 'web'],
    ['mail.google.com', undefined],
    ['google.com', undefined],
    ['www.google.com', undefined],
    ['copilot.microsoft.com', 'microsoft-copilot', 'web'],
    ['login.microsoftonline.com', undefined],
    ['microsoft.com', undefined],
    ['www.bing.com', undefined],
    ['bing.com', undefined],
    ['sydney.bing.com', 'microsoft-copilot', 'api'],
    ['api.githubcopilot.com', 'github-copilot', 'api'],
    ['github.com', undefined],
    ['raw.githubusercontent.com', undefined],
    ['x.com', undefined],
    ['grok.x.com', 'grok', 'web'],
    // IP literals and PTR names never match
    ['1.2.3.4', undefined],
    ['104.18.32.47', undefined],
    ['[2606:4700::6810:1]:443', undefined],
    ['2606:4700::6810:1', undefined],
    ['47.32.18.104.in-addr.arpa', undefined],
    ['claude.ai.in-addr.arpa', undefined],
    ['1.0.0.0.ip6.arpa', undefined],
    // normalisation: trailing dot, port, case, whitespace, IDNA
    ['claude.ai.', 'claude', 'web'],
    ['CLAUDE.AI', 'claude', 'web'],
    ['Claude.AI:443', 'claude', 'web'],
    ['  chatgpt.com  ', 'chatgpt', 'web'],
    ['\uff43\uff4c\uff41\uff55\uff44\uff45\uff0e\uff41\uff49', 'claude', 'web'], // full-width: IDNA maps to claude.ai
    ['cl\u0430ude.ai', undefined], // Cyrillic a: a different domain
    ['xn--clude-3ve.ai', undefined], // its punycode form
    ['b\u00fccher.claude.ai', 'claude', 'web'], // IDN label under a catalogued host
    ['', undefined],
    ['.', undefined],
    ['ai', undefined],
  ];
  it.each(table)('%s → %s', (input, id, kind) => {
    const m = matchHost(input);
    expect(m?.app.id).toBe(id);
    if (kind) expect(m?.kind).toBe(kind);
    expect(lookupApp(input)?.id).toBe(id);
  });
});

describe('matchUrl', () => {
  const table: [string, string | undefined][] = [
    ['https://www.bing.com/chat?q=hi', 'microsoft-copilot'],
    ['https://www.bing.com/chat/', 'microsoft-copilot'],
    ['https://www.bing.com/chatter', undefined],
    ['https://www.bing.com/search?q=chat', undefined],
    ['https://www.bing.com/images/create?q=cat', 'bing-image-creator'],
    ['https://m365.cloud.microsoft/chat', 'm365-copilot'],
    ['https://m365.cloud.microsoft/apps', undefined],
    ['https://huggingface.co/chat/conversation/1', 'huggingchat'],
    ['https://huggingface.co/models', 'hugging-face'],
    ['https://chatgpt.com/codex', 'openai-codex'],
    ['https://chatgpt.com/c/123', 'chatgpt'],
    ['https://user:pw@CLAUDE.ai:443/new#x', 'claude'],
    ['claude.ai/new', 'claude'],
    ['https://x.com/i/grok?conversation=1', 'grok'],
    ['https://x.com/home', undefined],
    ['https://console.cloud.google.com/vertex-ai/studio', 'vertex-ai'],
    ['https://console.cloud.google.com/compute', undefined],
    ['https://notclaude.ai/', undefined],
    ['HTTPS://WWW.BING.COM/chat', 'microsoft-copilot'],
    ['https://www.bing.com/chat#top', 'microsoft-copilot'],
    ['https://www.bing.com/search?q=x/chat', undefined],
    ['www.bing.com:443/chat', 'microsoft-copilot'],
    ['http://[::1]:8080/chat', undefined],
    ['http://104.18.32.47/v1/chat/completions', undefined],
    ['https://api.openai.com/v1/chat/completions', 'openai-api'],
    ['  https://claude.ai  ', 'claude'],
    ['/relative/path', undefined],
  ];
  it.each(table)('%s → %s', (url, id) => {
    expect(matchUrl(url)?.app.id).toBe(id);
  });
});
