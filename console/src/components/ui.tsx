import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/client';

export function Card({ title, children, actions, wide }: { title?: string; children: ComponentChildren; actions?: ComponentChildren; wide?: boolean }) {
  return (
    <section class={`card${wide ? ' wide' : ''}`}>
      {(title || actions) && (
        <header>
          {title && <h2>{title}</h2>}
          {actions && <div class="actions">{actions}</div>}
        </header>
      )}
      {children}
    </section>
  );
}

export function Kpi({ label, value, note, testId }: { label: string; value: string; note?: string; testId?: string }) {
  return (
    <div class="kpi" data-testid={testId}>
      <div class="kpi-label">{label}</div>
      <div class="kpi-value">{value}</div>
      {note && <div class="kpi-note">{note}</div>}
    </div>
  );
}

export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  const msg = error instanceof ApiError ? `${error.message} (${error.code})` : String(error);
  return <div class="error" role="alert">{msg}</div>;
}

/** Loads once per `deps` change; returns [data, error, reload]. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[] = []): [T | undefined, unknown, () => void] {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [n, setN] = useState(0);
  useEffect(() => {
    let live = true;
    load().then((d) => live && (setData(d), setError(undefined)), (e: unknown) => live && setError(e));
    return () => void (live = false);
  }, [...deps, n]);
  return [data, error, () => setN((x) => x + 1)];
}

export function Loading({ what }: { what: string }) {
  return <div class="loading">Loading {what}…</div>;
}

export function Tier({ tier }: { tier: string }) {
  return <span class={`tier tier-${tier}`}>{tier}</span>;
}
