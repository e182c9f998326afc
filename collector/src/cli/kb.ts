// `pz kb eval` — retrieval quality on a test collection with relevance judgments (Cranfield by default).
// `pz kb ingest PATH|URL… --collector URL --token T [--acl g1,g2]` — send a folder's or a URL list's
// documents to a running collector (Markdown, HTML, text, PDF), one request each; unchanged ones are no-ops.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fetchDocument, readDocument, typeOfFile, type SourceDocument } from '../kb/ingest/sources';

const USAGE = `usage: pz kb eval [--collection DIR] [--dims N] [--json]
       pz kb eval --answers --collector URL --token T --questions FILE [--sample N] [--model M] [--min-faithfulness 0..1] [--json]
       pz kb ingest PATH|URL… --collector URL --token T [--acl group,group]`;

export async function main(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  try {
    if (verb === 'eval') return await evalCommand(rest);
    if (verb === 'ingest') return await ingestCommand(rest);
  } catch (err) {
    if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`pz kb: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

async function evalCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      collection: { type: 'string', default: new URL('../../../../shared/eval/ir/cranfield/', import.meta.url).pathname },
      dims: { type: 'string', default: '200' },
      json: { type: 'boolean', default: false },
      // Answer-level checks: grounded answers and judge prompts through a running collector's gateway.
      answers: { type: 'boolean', default: false },
      collector: { type: 'string' },
      token: { type: 'string' },
      questions: { type: 'string' },
      sample: { type: 'string' },
      model: { type: 'string' },
      'min-faithfulness': { type: 'string' },
    },
  });
  if (values.answers) return (await import('../kb/eval/answers-cli')).answersCommand(values);
  const { loadCranfield } = await import('../kb/eval/test-collection');
  const { evaluateCollection } = await import('../kb/eval/run');
  const { LsaEmbedder } = await import('../kb/embed/lsa');
  const dir = values.collection.endsWith('/') ? values.collection : `${values.collection}/`;
  let tc;
  try {
    tc = loadCranfield(new URL(`file://${path.resolve(dir)}/`));
  } catch {
    process.stderr.write(`pz kb eval: cannot read a Cranfield-format collection in ${dir}\n`);
    return 1;
  }
  const results = await evaluateCollection(tc, undefined, { embedder: new LsaEmbedder({ dimensions: Number(values.dims), seed: 1 }) });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(results.map((r) => ({ method: r.name, ...r.scores })))}\n`);
  } else {
    process.stdout.write(`${tc.docs.length} documents, ${tc.queries.length} queries\nmethod               nDCG@10  recall@10  recall@100  MRR\n`);
    for (const r of results) {
      const s = r.scores;
      process.stdout.write(`${r.name.padEnd(20)} ${s.ndcg10.toFixed(4)}   ${s.recall10.toFixed(4)}     ${s.recall100.toFixed(4)}     ${s.mrr.toFixed(4)}\n`);
    }
  }
  return 0;
}

async function ingestCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { collector: { type: 'string' }, token: { type: 'string' }, acl: { type: 'string', default: '' } },
  });
  if (!values.collector || !values.token || positionals.length === 0) {
    process.stderr.write(`pz kb ingest: --collector, --token and at least one PATH or URL are required\n${USAGE}\n`);
    return 2;
  }
  const acl = values.acl.split(',').map((g) => g.trim()).filter(Boolean);
  let failed = 0;
  for (const item of positionals.flatMap(expand)) {
    let doc: SourceDocument | undefined;
    try {
      doc = await load(item);
    } catch (err) {
      process.stderr.write(`skip ${item}: ${(err as Error).message}\n`);
      failed++;
      continue;
    }
    if (!doc) continue;
    const res = await fetch(new URL('/v1/kb/documents', values.collector), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${values.token}` },
      body: JSON.stringify({ ...doc, acl }),
    });
    const body = (await res.json().catch(() => ({}))) as { status?: string; chunks?: number; error?: { code: string } };
    if (res.ok) process.stdout.write(`${body.status?.padEnd(9)} ${item} (${body.chunks ?? 0} chunks)\n`);
    else {
      failed++;
      process.stderr.write(`error     ${item}: ${res.status} ${body.error?.code ?? ''}\n`);
    }
  }
  return failed ? 1 : 0;
}

function expand(item: string): string[] {
  if (/^https?:\/\//.test(item)) return [item];
  const st = statSync(item, { throwIfNoEntry: false });
  if (!st) return [item];
  if (!st.isDirectory()) return [item];
  return readdirSync(item, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(item, f))
    .filter((f) => typeOfFile(f) && statSync(f).isFile())
    .sort();
}

async function load(item: string): Promise<SourceDocument | undefined> {
  return /^https?:\/\//.test(item) ? fetchDocument(item) : readDocument(item);
}
