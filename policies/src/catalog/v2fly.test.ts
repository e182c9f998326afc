 
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchHost } from './match';

/**
 * Acceptance: every chat/LLM vendor domain in v2fly/domain-list-community resolves to an app, and
 * lookalikes of them do not. Read straight from the third-party files (never copied into the repo).
 */
const DATA = new URL('../../../../shared/eval/ai-domains/v2fly-domain-list-community/data/', import.meta.url);

interface Entry {
  file: string;
  type: 'domain' | 'full' | 'regexp' | 'keyword';
  value: string;
}

function parseList(text: string, file: string): Entry[] {
  const out: Entry[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line || line.startsWith('include:')) continue; // every file is read on its own, so includes add nothing
    const rule = line.split(/\s+/)[0] ?? '';
    const m = /^(domain|full|regexp|keyword):(.*)$/.exec(rule);
    out.push(m ? { file, type: m[1] as Entry['type'], value: m[2] ?? '' } : { file, type: 'domain', value: rule });
  }
  return out;
}

const entries = readdirSync(DATA).flatMap((file) => parseList(readFileSync(new URL(file, DATA), 'utf8'), file));

/** Listed by v2fly but not an AI chat/LLM host of their own: attributing them would flood the inventory. */
const EXCLUDED: Record<string, string> = {
  'browser-intake-datadoghq.com': "Datadog's shared browser-log intake (listed under openai @ads): every Datadog customer sends there",
  'host.livekit.cloud': "LiveKit Cloud's shared signalling host, used by every LiveKit customer (only chatgpt.livekit.cloud is OpenAI's)",
  'turn.livekit.cloud': "LiveKit Cloud's shared TURN relays, used by every LiveKit customer",
  'envato.com': 'stock-asset marketplace; its AI generators have no distinct host, the rest is themes and footage',
  'envato-static.com': 'static assets of the Envato marketplace',
  'envatousercontent.com': 'user uploads of the Envato marketplace',
  'themeforest.net': 'Envato website-theme marketplace, not an AI service',
  'liveperson.net': 'LivePerson customer-service chat widgets embedded on thousands of unrelated company websites',
  'lpsnmedia.net': 'LivePerson widget media CDN, same reason',
};

/** A concrete hostname a regexp rule matches, to probe with (v2fly regexps here are simple). */
function sampleFor(re: string): string {
  return re.replace(/^\^|\$$/g, '').replace(/\\S\+/g, 'eastus').replace(/\\d\+/g, '1').replace(/\\\./g, '.');
}

describe('v2fly AI domain lists', () => {
  it('the lists are there, and the parser agrees with the flattened CSV derived from them', () => {
    expect(entries.length).toBeGreaterThan(250);
    const csv = readFileSync(new URL('../ai_domains_flattened.derived.csv', DATA), 'utf8').trim().split('\n').slice(1);
    const parsed = new Set(entries.map((e) => `${e.type}:${e.value}`));
    for (const row of csv) {
      const [, , type, value] = row.split(',');
      expect(parsed.has(`${type}:${value}`), row).toBe(true);
    }
  });

  const probes = entries.filter((e) => e.type !== 'keyword' && !(e.value in EXCLUDED));
  it.each(probes.map((e) => [`${e.file}: ${e.type}:${e.value}`, e] as const))('%s resolves to an app', (_, e) => {
    const host = e.type === 'regexp' ? sampleFor(e.value) : e.value;
    if (e.type === 'regexp') expect(new RegExp(e.value).test(host)).toBe(true);
    expect(matchHost(host), host).toBeDefined();
    // 'domain:' rules cover subdomains too.
    if (e.type === 'domain') expect(matchHost(`pz-probe.${host}`)?.app.id).toBe(matchHost(host)?.app.id);
  });

  it('coverage of the lists is 100% apart from the listed exclusions, and every exclusion is really listed', () => {
    const values = new Set(entries.map((e) => e.value));
    for (const host of Object.keys(EXCLUDED)) expect(values.has(host), host).toBe(true);
    const resolvable = entries.filter((e) => e.type !== 'keyword');
    const covered = resolvable.filter((e) => matchHost(e.type === 'regexp' ? sampleFor(e.value) : e.value));
    const pct = (100 * covered.length) / resolvable.length;
    console.log(`v2fly coverage: ${covered.length}/${resolvable.length} entries (${pct.toFixed(1)}%), ${Object.keys(EXCLUDED).length} deliberate exclusions`);
    expect(covered.length).toBe(resolvable.length - resolvable.filter((e) => e.value in EXCLUDED).length);
  });

  // Lookalikes of every listed domain: prefix glued on, list domain used as a subdomain elsewhere,
  // and a Cyrillic homoglyph in the registrable label.
  const domains = [...new Set(probes.filter((e) => e.type !== 'regexp').map((e) => e.value))];
  function homoglyph(d: string): string | undefined {
    const labels = d.split('.');
    const i = labels.length - 2;
    const label = labels[i] ?? '';
    const swapped = label.replace(/[aoe]/, (c) => ({ a: '\u0430', o: '\u043e', e: '\u0435' })[c] ?? c);
    if (swapped === label) return undefined;
    labels[i] = swapped;
    return labels.join('.');
  }
  const lookalikes = domains.flatMap((d) => [`not${d}`, `${d}.example`, `${d}.evil.com`, `${d}-login.com`, homoglyph(d)].filter((x): x is string => !!x));
  it(`${lookalikes.length} lookalikes of listed domains match nothing`, () => {
    const hits = lookalikes.filter((h) => matchHost(h)).map((h) => `${h} → ${matchHost(h)?.app.id}`);
    expect(hits).toEqual([]);
  });
});
