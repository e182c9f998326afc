import type { AiApp, HostKind, HostMatch } from './types';
import { APPS } from './registry';
import { isIpOrPtr, normalizeHost } from './host';

export { normalizeHost } from './host';

/**
 * Hostname → app on label boundaries: 'www.claude.ai' is Claude, 'notclaude.ai' and
 * 'claude.ai.example' are not. The index holds every catalogued host plus each of its parent
 * suffixes (≥ 2 labels), so one right-to-left pass over the characters can stop at the first suffix
 * nobody catalogued: most traffic (mail.google.com, *.akamaiedge.net) costs one or two lookups.
 * Suffixes are keyed by a hash rolled along that same pass, so no substring is allocated or hashed
 * per lookup; the candidate's key is then compared in place. The longest catalogued suffix wins.
 * Shared parents (googleapis.com, amazonaws.com, bing.com …) are only path nodes, never hits, so only
 * the AI-specific hosts under them match; region/tenant hosts come in as globs hung on the node of
 * their fixed suffix and are tested only when the walk passes it.
 */
interface Node {
  key: string;
  next?: Node; // hash-collision chain
  hit?: HostMatch;
  globs?: { re: RegExp; match: HostMatch }[];
}
interface PathRoute {
  prefix: string;
  match: HostMatch;
}

const index = new Map<number, Node>();
const paths = new Map<string, PathRoute[]>();

/** Hash of a suffix, rolled right to left exactly as matchHost rolls it. */
function hashKey(s: string): number {
  let h = 0;
  for (let j = s.length - 1; j >= 0; j--) h = (Math.imul(h, 31) + s.charCodeAt(j)) | 0;
  return h;
}

function find(h: number, host: string, start: number): Node | undefined {
  for (let n = index.get(h); n; n = n.next) if (n.key.length === host.length - start && host.startsWith(n.key, start)) return n;
  return undefined;
}

/** The node for `host`, creating it and its parent path nodes ('b.c' for 'a.b.c'). */
function node(host: string): Node {
  const h = hashKey(host);
  const found = find(h, host, 0);
  if (found) return found;
  const n: Node = { key: host };
  const head = index.get(h);
  if (head) n.next = head;
  index.set(h, n);
  const dot = host.indexOf('.');
  if (host.indexOf('.', dot + 1) > 0) node(host.slice(dot + 1));
  return n;
}

function add(app: AiApp, host: string, kind: HostKind): void {
  // First writer wins; the registry test forbids two apps claiming one host, so this only guards order.
  node(host).hit ??= { app, host, kind };
}

function addGlob(app: AiApp, glob: string, kind: HostKind): void {
  const labels = glob.split('.');
  const firstFixed = labels.findLastIndex((l) => l.includes('*')) + 1;
  const body = labels.map((l) => l.replace(/[.+?^${}()|[\]\\-]/g, '\\$&').replace(/\*/g, '[a-z0-9_-]+')).join('\\.');
  (node(labels.slice(firstFixed).join('.')).globs ??= []).push({ re: new RegExp(`^(?:[^.]+\\.)*${body}$`), match: { app, host: glob, kind } });
}

for (const app of Object.values(APPS) as AiApp[]) {
  for (const host of app.hosts) add(app, host, 'web');
  for (const host of app.apiHosts) add(app, host, 'api');
  for (const host of app.relatedHosts ?? []) add(app, host, 'related');
  for (const p of app.hostPatterns ?? []) addGlob(app, p.glob, p.kind);
  for (const route of app.webPaths ?? []) {
    const slash = route.indexOf('/');
    const host = route.slice(0, slash);
    const list = paths.get(host) ?? [];
    list.push({ prefix: route.slice(slash), match: { app, host: route, kind: 'web' } });
    paths.set(host, list);
  }
}

function hitOf(n: Node, host: string): HostMatch | undefined {
  if (n.globs) for (const g of n.globs) if (g.re.test(host)) return g.match;
  return n.hit;
}

const NEEDS_NORMALISING = { app: undefined as unknown as AiApp, host: '', kind: 'web' } satisfies HostMatch;

/** The fast path: canonical input only (lower-case ASCII, no port, no trailing dot); anything else asks for normalising. */
function walk(host: string): HostMatch | undefined {
  const n = host.length;
  let h = 0;
  let dots = 0;
  let lastLabelDigits = true;
  let best: HostMatch | undefined;
  for (let j = n - 1; j >= 0; j--) {
    const c = host.charCodeAt(j);
    if (c === 46) {
      if (j === n - 1) return NEEDS_NORMALISING; // trailing dot
      if (dots === 0) {
        // A TLD is never all digits (IPv4 literal), and .arpa names are PTR lookups: never an app.
        if (lastLabelDigits || (n - j === 5 && host.endsWith('arpa'))) return undefined;
      } else {
        const nd = find(h, host, j + 1);
        if (!nd) return best;
        best = hitOf(nd, host) ?? best;
      }
      dots++;
    } else if ((c >= 97 && c <= 122) || c === 45 || c === 95) {
      if (dots === 0) lastLabelDigits = false;
    } else if (c < 48 || c > 57) return NEEDS_NORMALISING; // upper case, ':', '[', spaces, non-ASCII
    h = (Math.imul(h, 31) + c) | 0;
  }
  if (dots === 0) return undefined; // a bare label or TLD is never an app
  const nd = find(h, host, 0);
  return nd ? (hitOf(nd, host) ?? best) : best;
}

export function matchHost(input: string): HostMatch | undefined {
  const fast = walk(input);
  if (fast !== NEEDS_NORMALISING) return fast;
  const host = normalizeHost(input);
  if (isIpOrPtr(host)) return undefined;
  const slow = walk(host);
  return slow === NEEDS_NORMALISING ? undefined : slow;
}

export function lookupApp(host: string): AiApp | undefined {
  return matchHost(host)?.app;
}

/** Where the scheme ends ('https://' → 8), or 0 when the input has none ('claude.ai/new'). */
function afterScheme(url: string): number {
  const colon = url.indexOf('://');
  if (colon <= 0) return 0;
  for (let i = 0; i < colon; i++) {
    const c = url.charCodeAt(i) | 32; // ASCII lower-case
    if (!((c >= 97 && c <= 122) || (i > 0 && ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)))) return 0;
  }
  return colon + 3;
}

/**
 * URL → app: path routes first ('www.bing.com/chat' is Copilot, 'www.bing.com/search' is not),
 * then the host. Accepts absolute URLs and scheme-less 'host/path'. No regex and no URL parser:
 * proxy logs hand the sensor a URL per line.
 */
export function matchUrl(input: string): HostMatch | undefined {
  const url = input.trim();
  const start = afterScheme(url);
  let end = start;
  for (; end < url.length; end++) {
    const c = url.charCodeAt(end);
    if (c === 47 || c === 63 || c === 35) break; // '/', '?', '#'
  }
  const at = url.lastIndexOf('@', end - 1);
  let host = url.slice(at >= start ? at + 1 : start, end);
  let routes = paths.get(host);
  if (!routes) {
    const hit = walk(host);
    if (hit !== NEEDS_NORMALISING) return hit;
    host = normalizeHost(host);
    routes = paths.get(host);
  }
  if (routes) {
    let pathEnd = end;
    while (pathEnd < url.length && url.charCodeAt(pathEnd) !== 63 && url.charCodeAt(pathEnd) !== 35) pathEnd++;
    for (const r of routes) {
      if (!url.startsWith(r.prefix, end) || end + r.prefix.length > pathEnd) continue;
      const next = end + r.prefix.length;
      if (next === pathEnd || url.charCodeAt(next) === 47 || r.prefix.endsWith('/')) return r.match;
    }
  }
  return matchHost(host);
}
