import { describe, expect, it } from 'vitest';
import { looksLikeAi } from './looks-like-ai';

describe('looksLikeAi', () => {
  // Uncatalogued hosts a reviewer should see.
  const flagged = [
    'api.xfyun.cn', // API host under an AI vendor's domain whose catalogued host is a subdomain (xinghuo.xfyun.cn)
    'llm-gateway.corp.example.com',
    'llm.internal.example.net',
    'mygpt.example.com',
    'gpt4-proxy.example.org',
    'genai-portal.example.com',
    'copilot-proxy.example.com',
    'openai-proxy.example.net',
    'chatbot.bank.example',
    'vllm.lab.example.edu',
    'ollama.homelab.example',
    'chat.newstartup.ai',
    'assistant.someco.ai',
    'ai-chat.example.com',
    'aigc.example.cn',
    'stablediffusion-webui.example.com',
    'gemini-chat.example.com', // two hints together
    'claude.startup.ai', // a model name under .ai
  ];
  it.each(flagged)('%s is flagged with a reason', (h) => {
    expect(looksLikeAi(h)?.reason).toMatch(/\w/);
  });

  // Obviously non-AI hosts: precision matters more than recall for a review list.
  const clean = [
    'mail.google.com', 'chat.google.com', 'www.google.com', 'api.github.com', 'api.stripe.com', 'login.microsoftonline.com',
    'outlook.office365.com', 'teams.microsoft.com', 'www.bbc.co.uk', 'www.chatham.gov.uk', 'livechat.com', 'www.livechatinc.com',
    'fullmoon.com', 'www.egypt.travel', 'aircanada.com', 'www.airbnb.com', 'mail.ai', 'nic.ai', 'cdn.jsdelivr.net',
    'fonts.gstatic.com', 's3.amazonaws.com', 'api.x.com', 'api.baidu.com', 'slack.com', 'zoom.us', 'www.paypal.com',
    'api.tencent.com', 'chat.zalo.me', 'web.whatsapp.com', 'update.googleapis.com', 'www.dell.com', 'sail.example.com',
    'maildrop.cc', 'chaturbate.com', 'bothell.wa.us', 'models.example-cars.com', 'exchange.gemini.com', 'gemini.local',
    'claude-monet.example.org', 'llama-farm.example.com', 'mistral-wind.example.fr',
  ];
  it(`none of ${clean.length} non-AI hosts is flagged`, () => {
    const flaggedClean = clean.filter((h) => looksLikeAi(h)).map((h) => `${h}: ${looksLikeAi(h)?.reason}`);
    expect(flaggedClean).toEqual([]);
  });

  it.each(['chatgpt.com', 'x.openai.azure.com', 'api.openai.com', '10.0.0.1', '1.0.0.10.in-addr.arpa', 'localhost'])(
    '%s (catalogued, IP, PTR or bare) is not a review item',
    (h) => {
      expect(looksLikeAi(h)).toBeUndefined();
    },
  );
});
