// Detection on worker threads, so the request thread keeps serving HTTP, the vault and the model
// calls while prompts are analysed (classify is ≈ 1 ms of CPU per 4 KB). Same contract as the
// in-process analyzer: a worker that crashes fails its analyses (AnalysisError → 503, nothing sent
// upstream) and is replaced; a hung one is cut off by analyzeAll's deadline.
import { Worker } from 'node:worker_threads';
import type { Finding, Severity } from '@protocol-zero/policies';
import type { Analysis, Analyzer } from './analyze';

interface Pending {
  resolve: (a: Analysis) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Settles once the worker has loaded the detectors. */
  ready: Promise<void>;
}

type Reply = { id: number; findings: Finding[]; severity: Severity } | { id: number; error: string } | { ready: true };

const WORKER_URL = new URL('./analysis-worker.boot.mjs', import.meta.url);

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private next = 0;
  private seq = 0;
  private closed = false;

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  /** Resolves once every worker has loaded the detectors (start-up and tests). */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  readonly analyze: Analyzer = (text, signal) =>
    new Promise<Analysis>((resolve, reject) => {
      if (this.closed) return reject(new Error('analysis pool closed'));
      // The least-loaded worker, round robin among equals.
      let slot = this.slots[this.next++ % this.slots.length]!;
      for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
      const id = ++this.seq;
      slot.pending.set(id, { resolve, reject });
      // An aborted analysis (deadline passed) is dropped here; the worker's late answer is ignored.
      signal.addEventListener('abort', () => slot.pending.delete(id) && reject(new Error('aborted')), { once: true });
      slot.worker.postMessage({ id, text });
    });

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL);
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      const onReady = (m: Reply) => {
        if ('ready' in m) {
          worker.off('message', onReady);
          worker.off('error', reject);
          resolve();
        }
      };
      worker.on('message', onReady);
    });
    ready.catch(() => undefined); // a start-up failure also surfaces through 'exit' below
    const slot: Slot = { worker, pending: new Map(), ready };
    worker.on('message', (m: Reply) => {
      if ('ready' in m) return;
      const p = slot.pending.get(m.id);
      if (!p) return;
      slot.pending.delete(m.id);
      if ('error' in m) p.reject(new Error(`detector failed (${m.error})`));
      else p.resolve({ findings: m.findings, severity: m.severity });
    });
    worker.on('error', () => undefined); // followed by 'exit', handled there
    worker.on('exit', () => {
      for (const p of slot.pending.values()) p.reject(new Error('analysis worker exited'));
      slot.pending.clear();
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
    });
    worker.unref(); // never the reason the process stays up
    return slot;
  }
}
