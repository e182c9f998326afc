// The documents in the knowledge base, with who may retrieve them; delete asks once more inline.
import { useState } from 'preact/hooks';
import type { KbDocument } from '../../api/kb';
import { kb } from '../../api/kb';
import { Card, ErrorNote, Loading } from '../../components/ui';

const KIND: Record<string, string> = { 'text/markdown': 'Markdown', 'text/plain': 'Text', 'text/html': 'HTML', 'application/pdf': 'PDF' };

export function DocumentsCard({ documents, error, onChanged }: { documents: KbDocument[] | undefined; error: unknown; onChanged: () => void }) {
  const [confirm, setConfirm] = useState<string>();
  const [err, setErr] = useState<unknown>();
  const remove = (id: string) => {
    setConfirm(undefined);
    kb.remove(id).then(onChanged, setErr);
  };
  return (
    <Card wide title={`Documents${documents ? ` (${documents.length})` : ''}`}>
      <ErrorNote error={error ?? err} />
      {!documents ? <Loading what="documents" /> : documents.length === 0 ? <p class="muted">No documents yet: add some above.</p> : (
        <table class="table" data-testid="kb-documents">
          <thead><tr><th>Title</th><th>Source</th><th>Type</th><th>Groups</th><th class="num">Passages</th><th>Updated</th><th /></tr></thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.id} data-doc={d.source}>
                <td>{d.title}</td>
                <td><code>{d.source}</code></td>
                <td>{KIND[d.contentType] ?? d.contentType}</td>
                <td>{d.acl.length ? d.acl.join(', ') : <span class="muted">everyone</span>}</td>
                <td class="num">{d.chunks}</td>
                <td>{new Date(d.updatedAt).toLocaleString()}</td>
                <td>
                  {confirm === d.id
                    ? <><button class="small" onClick={() => remove(d.id)}>Confirm delete</button> <button class="link small" onClick={() => setConfirm(undefined)}>cancel</button></>
                    : <button class="link small" onClick={() => setConfirm(d.id)} aria-label={`Delete ${d.title}`}>delete</button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
