import { describe, expect, it } from 'vitest';
import { looksLikeAiFallback } from './looks-like-ai';

// The local fallback (used only while the catalog lacks looksLikeAi).
describe('looksLikeAiFallback', () => {
  it.each([
    ['contoso.openai.azure.com', /Azure OpenAI/],
    ['bedrock-runtime.eu-west-1.amazonaws.com', /Bedrock/],
    ['europe-west4-aiplatform.googleapis.com', /Vertex/],
    ['llm-gateway.corp.example', /llm/],
    ['newthing.ai', /\.ai/],
  ])('%s', (host, reason) => expect(looksLikeAiFallback(host)?.reason).toMatch(reason));
  it.each(['mail.example.com', 'maintenance.example.org', 'www.wikipedia.org'])('%s is not AI', (host) => expect(looksLikeAiFallback(host)).toBeUndefined());
});
