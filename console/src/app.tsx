// The shell: login gate, role-filtered navigation, hash router with lazily loaded pages.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadSession, logout, type Session } from './api/client';
import { assistantHash, tokenFromHash } from './handoff-link';
import { LoginPage } from './pages/login/index';
import { homeFor, PAGE_TITLES, pagesFor, resolveRoute, type Page } from './roles';

// Each page is its own chunk, found by convention (pages/<name>/index.tsx, default export), so a
// page another engineer owns (assistant) plugs in by existing.
const LOADERS = import.meta.glob<{ default: ComponentType<{ session: Session }> }>(['./pages/*/index.tsx', '!./pages/login/index.tsx']);
const loaderFor = (page: Page) => LOADERS[`./pages/${page}/index.tsx`];

function useHash(): string {
  const [hash, setHash] = useState(() => {
    // `#t=…` (any route) is a hand-off link: it opens the assistant, whatever the role's home page.
    if (tokenFromHash(location.hash) && !location.hash.startsWith('#/assistant')) {
      history.replaceState(null, '', `${location.pathname}${location.search}${assistantHash(location.hash)}`);
    }
    return location.hash;
  });
  useEffect(() => {
    const on = () => setHash(location.hash);
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return hash;
}

function PageView({ page, session }: { page: Page; session: Session }) {
  const [Comp, setComp] = useState<ComponentType<{ session: Session }> | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    setComp(null);
    setMissing(false);
    const load = loaderFor(page);
    if (!load) return setMissing(true);
    let live = true;
    load().then((m) => live && setComp(() => m.default), () => live && setMissing(true));
    return () => void (live = false);
  }, [page]);
  if (missing) return <div class="card">This page is not available in this build.</div>;
  return Comp ? <Comp session={session} /> : <div class="loading">Loading…</div>;
}

export function App() {
  const [session, setSession] = useState<Session | null>(loadSession());
  const hash = useHash();
  useEffect(() => {
    const out = () => setSession(null);
    window.addEventListener('pz:logout', out);
    return () => window.removeEventListener('pz:logout', out);
  }, []);
  // A hand-off link (#/assistant?t=… or #t=…) must survive signing in: the token is the only copy.
  if (!session) return <LoginPage onLogin={(s) => { setSession(s); location.hash = tokenFromHash(location.hash) ? assistantHash(location.hash) : `#/${homeFor(s.user.role)}`; }} />;
  const page = resolveRoute(hash, session.user.role);
  return (
    <div class="shell">
      <nav class="side" aria-label="Main">
        <div class="brand">Protocol <b>Zero</b></div>
        {pagesFor(session.user.role).map((p) => (
          <a key={p} href={`#/${p}`} class={p === page ? 'active' : ''} data-page={p}>{PAGE_TITLES[p]}</a>
        ))}
        <div class="who">
          <div title={session.user.email}>{session.user.email}</div>
          <div class="role" data-testid="role">{session.user.role}</div>
          <button class="link" onClick={() => void logout().finally(() => setSession(null))}>Sign out</button>
        </div>
      </nav>
      <main class="content" data-page={page}>
        <h1>{PAGE_TITLES[page]}</h1>
        <PageView page={page} session={session} />
      </main>
    </div>
  );
}
