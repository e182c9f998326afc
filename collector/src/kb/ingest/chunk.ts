import { approxTokens } from '../text/tokenize';
import { markdownBlocks, type Block } from './blocks';

export interface ChunkBounds {
  maxTokens: number;
  minTokens: number;
}
export const DEFAULT_BOUNDS: ChunkBounds = { maxTokens: 350, minTokens: 40 };

export interface TextChunk {
  headingPath: string[];
  text: string;
  start: number;
  end: number;
}

/**
 * Structure-aware chunking: a heading always opens a new chunk (sections are the semantic unit),
 * whole blocks are packed up to `maxTokens`, and a block larger than that is the only thing ever
 * split — paragraphs at sentence ends, code and lists at line ends. The heading path travels with
 * each chunk so "Expenses › Travel" is retrievable even when the body never says "travel".
 */
export function chunkMarkdown(source: string, bounds: ChunkBounds = DEFAULT_BOUNDS): TextChunk[] {
  const out: TextChunk[] = [];
  const path: Array<{ level: number; title: string }> = [];
  let current: Block[] = [];
  let tokens = 0;

  const flush = () => {
    if (current.length === 0) return;
    const start = current[0]!.start;
    const end = current[current.length - 1]!.end;
    out.push({ headingPath: path.map((h) => h.title), text: source.slice(start, end).trim(), start, end });
    current = [];
    tokens = 0;
  };

  for (const block of markdownBlocks(source)) {
    if (block.kind === 'heading') {
      flush();
      while (path.length > 0 && path[path.length - 1]!.level >= (block.level ?? 1)) path.pop();
      path.push({ level: block.level ?? 1, title: block.text });
      continue;
    }
    const t = approxTokens(block.text);
    if (t > bounds.maxTokens) {
      flush();
      for (const piece of splitBlock(block, bounds.maxTokens)) {
        current = [piece];
        flush();
      }
      continue;
    }
    if (tokens + t > bounds.maxTokens && tokens >= bounds.minTokens) flush();
    current.push(block);
    tokens += t;
  }
  flush();
  return out;
}

/** Splits an oversized block at sentence ends (prose) or line ends (code, lists, tables). */
function splitBlock(block: Block, maxTokens: number): Block[] {
  const unit = block.kind === 'paragraph' || block.kind === 'quote' ? /[^.!?]+(?:[.!?]+\s*|$)/g : /[^\n]*\n?/g;
  const pieces: Block[] = [];
  let from = 0;
  let acc = 0;
  let last = 0;
  for (const m of block.text.matchAll(unit)) {
    if (m[0].length === 0) break;
    const t = approxTokens(m[0]);
    if (acc + t > maxTokens && acc > 0) {
      pieces.push(slice(block, from, m.index));
      from = m.index;
      acc = 0;
    }
    acc += t;
    last = m.index + m[0].length;
  }
  if (last > from) pieces.push(slice(block, from, last));
  return pieces;
}

const slice = (b: Block, from: number, to: number): Block => ({
  kind: b.kind,
  text: b.text.slice(from, to),
  start: b.start + from,
  end: b.start + to,
});
