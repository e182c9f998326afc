import { describe, expect, it } from 'vitest';
import { createDrain } from './drain';

describe('createDrain', () => {
  it.each([
    ['resolving', (d: () => void) => Promise.resolve().then(d)],
    ['rejecting', (d: () => void) => Promise.resolve().then(() => { d(); throw new Error('x'); })],
  ])('idle() waits for %s work started before and during the wait', async (_, work) => {
    const drain = createDrain();
    const done: number[] = [];
    const later = new Promise<void>((r) => setTimeout(r, 30));
    drain.track(later.then(() => work(() => done.push(1)))).catch(() => {});
    expect(drain.pending).toBe(1);
    const idle = drain.idle().then(() => done.push(2));
    setTimeout(() => drain.track(new Promise<void>((r) => setTimeout(() => { done.push(3); r(); }, 40))), 10);
    await idle;
    expect(done).toEqual([1, 3, 2]);
    expect(drain.pending).toBe(0);
  });
});
