// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { GENERIC_FIXTURE, SITE_FIXTURES, SITE_FIXTURES_DIR } from '../../../test/fixtures/sites/index';
import { ADAPTERS, adapterFor } from './index';

function load(file: string): void {
  const html = readFileSync(SITE_FIXTURES_DIR + file, 'utf8');
  // Structure only: the fixture's own scripts are not run here.
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)?.[1]?.replace(/<script[\s\S]*?<\/script>/g, '') ?? '';
}

const cases = [
  ...Object.entries(SITE_FIXTURES).map(([host, f]) => ({ host, path: f.adapter === 'huggingchat' ? '/chat/' : '/', ...f })),
  { host: 'some-ai-tool.example', path: '/', ...GENERIC_FIXTURE },
];

describe.each(cases)('$adapter adapter on $host', ({ host, path, file, adapter, editor, send }) => {
  beforeEach(() => load(file));

  it('is chosen for the host', () => {
    expect(adapterFor(host, path).id).toBe(adapter);
  });

  it('finds the prompt editor, not the search box', () => {
    const a = adapterFor(host, path);
    const expected = document.querySelector(editor);
    expect(expected).not.toBeNull();
    expect(a.findEditor(document)).toBe(expected);
    expect(a.findEditor(document, document.querySelector(send))).toBe(expected);
  });

  it('recognises the send button from its inner icon and nothing else', () => {
    const a = adapterFor(host, path);
    const button = document.querySelector(send)!;
    expect(a.sendButtonOf(button.firstElementChild ?? button)).toBe(button);
    expect(a.sendButtonOf(document.querySelector('#upload')!)).toBeNull();
  });

  it('reads and writes the prompt (redaction in place)', () => {
    const a = adapterFor(host, path);
    const el = a.findEditor(document)!;
    a.writePrompt(el, 'mail <EMAIL_ADDRESS_1>\nsecond line');
    expect(a.readPrompt(el)).toBe('mail <EMAIL_ADDRESS_1>\nsecond line');
    a.writePrompt(el, 'short');
    expect(a.readPrompt(el)).toBe('short');
  });
});

describe('adapter registry', () => {
  it.each([
    ['chat.openai.com', '/', 'chatgpt'],
    ['huggingface.co', '/models', 'generic'],
    ['notclaude.ai', '/', 'generic'],
    ['sub.claude.ai', '/', 'claude'],
  ])('%s%s → %s', (host, path, id) => expect(adapterFor(host, path).id).toBe(id));

  it('every adapter but generic names at least one host', () => {
    for (const a of Object.values(ADAPTERS)) expect(a.hosts.length > 0 || a.id === 'generic').toBe(true);
  });
});
