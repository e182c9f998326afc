// One analysis worker: runs the policies detectors on texts the gateway posts, off the request
// thread. Answers { id, findings, severity } or { id, error } (a name only: never text).
import { parentPort } from 'node:worker_threads';
import { classify } from '@protocol-zero/policies';

// The detectors build their tables on first use: pay that now, not on a user's prompt.
classify('warm-up jane@example.com');
parentPort!.on('message', ({ id, text }: { id: number; text: string }) => {
  try {
    const c = classify(text);
    parentPort!.postMessage({ id, findings: c.findings, severity: c.severity });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.name : 'Error' });
  }
});
parentPort!.postMessage({ ready: true });
