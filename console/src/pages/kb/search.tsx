// Try the knowledge base as a user would: the top passages for a question, each with its citation
// (document › heading path), the source and a note when a passage reads like instructions.
import { useEffect, useState } from 'preact/hooks';
import { kb, type KbHit, type KbMode } from '../../api/kb';
import { Card, ErrorNote } from '../../components/ui';
import { citationPath, pageLabel } from './upload-file';

/** `version` moves when documents change: a shown result is searched again, so a deleted document leaves it. */
export function SearchCard({ version }: { version: number }) {
  const [query, setQuery] = useState('');
  const [mode, setMode] = useState<KbMode>('hybrid');
  const [result, setResult] = useState<{ query: string; mode: KbMode; hits: KbHit[] }>();
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<unknown>();
  const run = (q: string, m: KbMode) => {
    setBusy(true);
    setErr(undefined);
    kb.search(q, 5, m).then((r) => setResult({ query: q, ...r }), setErr).finally(() => setBusy(false));
  };
  const search = (e?: Event) => {
    e?.preventDefault();
    if (query.trim()) run(query.trim(), mode);
  };
  useEffect(() => {
    if (result) run(result.query, mode);
  }, [version]);
  return (
    <Card wide title="Search">
      <form class="row" onSubmit={search}>
        <input type="search" placeholder="Ask what an employee would ask…" size={60} value={query} onInput={(e) => setQuery(e.currentTarget.value)} aria-label="Search the knowledge base" />
        <select value={mode} onChange={(e) => setMode(e.currentTarget.value as KbMode)} aria-label="Retrieval mode">
          <option value="hybrid">hybrid</option><option value="bm25">BM25</option><option value="dense">dense</option>
        </select>
        <button type="submit" disabled={busy || !query.trim()}>Search</button>
      </form>
      <ErrorNote error={err} />
      {result && (
        <div data-testid="kb-results">
          <p class="muted">
            {result.hits.length === 0 ? `Nothing you may see matches "${result.query}".` : `${result.hits.length === 1 ? 'The best passage' : `Top ${result.hits.length} passages`} for "${result.query}"`}
            {result.mode !== mode && ` — searched as ${result.mode}: the knowledge base is still too small for the dense model`}
          </p>
          <ol class="kb-hits">
            {result.hits.map((h) => (
              <li key={`${h.documentId}:${h.start}`} data-source={h.source} style={{ marginBottom: '12px' }}>
                <div><b data-testid="kb-citation">[{h.n}] {citationPath(h.title, h.headingPath)}</b>{h.pages && <span data-testid="kb-pages">, {pageLabel(h.pages)}</span>} <span class="muted small">· <code>{h.source}</code> · score {h.score.toFixed(3)}</span></div>
                {h.flagged.length > 0 && <div class="bad small">Reads like instructions ({h.flagged.join(', ')}): quoted to the model as data, never obeyed.</div>}
                <blockquote style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{h.text.length > 700 ? `${h.text.slice(0, 700)}…` : h.text}</blockquote>
              </li>
            ))}
          </ol>
        </div>
      )}
    </Card>
  );
}
