// Puts real values back into what the model answered: whole messages (text, tool_use input,
// thinking) and streamed events, where a placeholder may arrive split across deltas. Placeholders
// the vault never issued stay visible and are counted as invented.
import type { Lookup } from '@protocol-zero/policies';
import { jsonStringEscape, restoreDeep, restoreText, StreamRestorer } from '@protocol-zero/policies';

type Obj = Record<string, unknown>;

export interface RestoreTally {
  restored: number;
  invented: Set<string>;
}

export function newTally(): RestoreTally {
  return { restored: 0, invented: new Set() };
}

function note(t: RestoreTally, s: { restored: number; invented: string[] }): void {
  t.restored += s.restored;
  for (const p of s.invented) t.invented.add(p);
}

/** Restores a non-streamed Messages response in place (returns the same object for convenience). */
export function restoreMessage(message: Obj, lookup: Lookup, tally: RestoreTally): Obj {
  const content = Array.isArray(message.content) ? (message.content as Obj[]) : [];
  for (const b of content) {
    for (const field of ['text', 'thinking'] as const) {
      if (typeof b[field] === 'string') {
        const r = restoreText(b[field] as string, lookup);
        b[field] = r.text;
        note(tally, r);
      }
    }
    if (b.type === 'tool_use' && b.input !== undefined) {
      const s = { restored: 0, invented: [] as string[] };
      b.input = restoreDeep(b.input, lookup, s);
      note(tally, s);
    }
  }
  return message;
}

/**
 * Restores a stream of Messages events. Deltas are rewritten; when a block stops, whatever the
 * restorer still holds (a `<` that never became a placeholder) is released as one more delta of
 * the same kind, so the client sees exactly the restored text, in order, and nothing is lost.
 */
export class StreamEventRestorer {
  private readonly blocks = new Map<number, { restorer: StreamRestorer; delta: 'text_delta' | 'input_json_delta' | 'thinking_delta'; field: 'text' | 'partial_json' | 'thinking' }>();

  constructor(
    private readonly lookup: Lookup,
    private readonly tally: RestoreTally,
  ) {}

  /** Zero or more events to send for one upstream event. */
  map(ev: Obj): Obj[] {
    switch (ev.type) {
      case 'content_block_start': {
        const index = ev.index as number;
        const block = (ev.content_block ?? {}) as Obj;
        if (block.type === 'text') this.blocks.set(index, { restorer: new StreamRestorer(this.lookup), delta: 'text_delta', field: 'text' });
        else if (block.type === 'thinking') this.blocks.set(index, { restorer: new StreamRestorer(this.lookup), delta: 'thinking_delta', field: 'thinking' });
        else if (block.type === 'tool_use') this.blocks.set(index, { restorer: new StreamRestorer(this.lookup, jsonStringEscape), delta: 'input_json_delta', field: 'partial_json' });
        // A start event may carry initial text/input (rare): restore it whole.
        return [restoreMessage({ content: [block] }, this.lookup, this.tally) && ev];
      }
      case 'content_block_delta': {
        const b = this.blocks.get(ev.index as number);
        const delta = (ev.delta ?? {}) as Obj;
        if (!b || delta.type !== b.delta || typeof delta[b.field] !== 'string') return [ev];
        const out = b.restorer.push(delta[b.field] as string);
        this.sync(b.restorer);
        return out ? [{ ...ev, delta: { ...delta, [b.field]: out } }] : [];
      }
      case 'content_block_stop': {
        const index = ev.index as number;
        const b = this.blocks.get(index);
        this.blocks.delete(index);
        const rest = b?.restorer.end() ?? '';
        return rest && b ? [{ type: 'content_block_delta', index, delta: { type: b.delta, [b.field]: rest } }, ev] : [ev];
      }
      default:
        return [ev];
    }
  }

  private sync(r: StreamRestorer): void {
    this.tally.restored += r.restored;
    r.restored = 0;
    for (const p of r.invented) this.tally.invented.add(p);
  }
}
