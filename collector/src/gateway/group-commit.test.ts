import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit';

const tick = () => new Promise((r) => setImmediate(r));

describe('GroupCommit', () => {
  it('sends a lone caller at once and queues callers that arrive while a batch is in flight', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gc = new GroupCommit<number, number>(async (xs) => {
      batches.push(xs);
      if (batches.length === 1) await new Promise<void>((r) => (release = r));
      return xs.map((x) => x * 10);
    });
    const first = gc.submit(1);
    await tick();
    expect(batches).toEqual([[1]]);
    const rest = [2, 3, 4].map((x) => gc.submit(x));
    await tick();
    expect(batches).toHaveLength(1); // still waiting for the first statement
    release();
    expect(await first).toBe(10);
    expect(await Promise.all(rest)).toEqual([20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('puts callers of the same tick in one batch, capped at maxBatch', async () => {
    const sizes: number[] = [];
    const gc = new GroupCommit<number, number>(async (xs) => (sizes.push(xs.length), xs), { maxBatch: 3 });
    const out = await Promise.all([1, 2, 3, 4, 5, 6, 7].map((x) => gc.submit(x)));
    expect(out).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(sizes).toEqual([3, 3, 1]);
  });

  it('rejects every caller of a failed batch and keeps serving the next ones', async () => {
    let fail = true;
    const gc = new GroupCommit<string, string>(async (xs) => {
      if (fail) throw new Error('database down');
      return xs.map((x) => x.toUpperCase());
    });
    const failed = await Promise.allSettled([gc.submit('a'), gc.submit('b')]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await gc.submit('c')).toBe('C');
  });
});

describe("GroupCommit flush: 'now'", () => {
  it('sends before the next turn of the event loop, with every caller of the same synchronous run', async () => {
    const batches: number[][] = [];
    const gc = new GroupCommit<number, number>(async (xs) => (batches.push(xs), xs), { flush: 'now' });
    const all = Promise.all([gc.submit(1), gc.submit(2)]);
    await Promise.resolve();
    expect(batches).toEqual([[1, 2]]); // no event-loop turn has passed
    expect(await all).toEqual([1, 2]);
  });
});
