// Add documents: pick files (several at once), an optional title (single file) and the ACL groups
// that may retrieve them. Each file is one request; re-adding the same file replaces it.
import { useRef, useState } from 'preact/hooks';
import { kb, type KbIngestResult } from '../../api/kb';
import { Card, ErrorNote } from '../../components/ui';
import { ACCEPT, parseGroups, readUpload } from './upload-file';

export function UploadCard({ onUploaded }: { onUploaded: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [title, setTitle] = useState('');
  const [groupsText, setGroupsText] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Array<{ name: string; result: KbIngestResult }>>([]);
  const [err, setErr] = useState<unknown>();
  const { groups, invalid } = parseGroups(groupsText);

  const upload = async () => {
    setBusy(true);
    setErr(undefined);
    setDone([]);
    const results: Array<{ name: string; result: KbIngestResult }> = [];
    try {
      for (const f of files) {
        const body = await readUpload(f);
        const result = await kb.upload({ source: `upload/${f.name}`, ...(files.length === 1 && title.trim() ? { title: title.trim() } : {}), ...body, acl: groups });
        results.push({ name: f.name, result });
      }
      setFiles([]);
      setTitle('');
      if (input.current) input.current.value = '';
    } catch (e) {
      setErr(e);
    } finally {
      setDone(results);
      setBusy(false);
      if (results.length) onUploaded();
    }
  };

  return (
    <Card wide title="Add documents">
      <p class="muted">Markdown, text, HTML (main content only) or PDF (its text layer). The same file name again replaces the document; unchanged content is left alone.</p>
      <div class="row wrap">
        <input ref={input} type="file" multiple accept={ACCEPT} aria-label="Documents" onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])} />
        <input placeholder="title (optional)" value={title} disabled={files.length > 1} onInput={(e) => setTitle(e.currentTarget.value)} aria-label="Title" />
        <input placeholder="groups, e.g. hr, finance (empty: everyone)" size={36} value={groupsText} onInput={(e) => setGroupsText(e.currentTarget.value)} aria-label="Groups" />
        <button disabled={busy || files.length === 0 || invalid.length > 0} onClick={() => void upload()}>{busy ? 'Adding…' : 'Add to knowledge base'}</button>
      </div>
      <p class="muted small">Groups decide who retrieves a document, in search and in grounded answers: a user's role (admin, analyst, executive, employee) and their knowledge-base groups count.</p>
      {invalid.length > 0 && <div class="error" role="alert">Not a valid group name: {invalid.join(', ')} (letters, digits, . _ : - only)</div>}
      {done.length > 0 && (
        <ul class="good" data-testid="kb-upload-result">
          {done.map((d) => <li key={d.name}>{d.name}: {d.result.status}{d.result.status !== 'unchanged' && `, ${d.result.chunks} passages`}</li>)}
        </ul>
      )}
      <ErrorNote error={err} />
    </Card>
  );
}
