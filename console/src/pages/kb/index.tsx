// The company knowledge base behind the assistant and the gateway's grounding: add documents with
// the groups that may retrieve them, see and remove what is there, and try a search with citations.
import { useState } from 'preact/hooks';
import { kb } from '../../api/kb';
import { useLoad } from '../../components/ui';
import { DocumentsCard } from './documents';
import { SearchCard } from './search';
import { UploadCard } from './upload';

export default function KnowledgeBasePage() {
  const [version, setVersion] = useState(0);
  const [documents, error] = useLoad(() => kb.documents(), [version]);
  const changed = () => setVersion((v) => v + 1);
  return (
    <div class="grid">
      <UploadCard onUploaded={changed} />
      <DocumentsCard documents={documents} error={error} onChanged={changed} />
      <SearchCard version={version} />
    </div>
  );
}
