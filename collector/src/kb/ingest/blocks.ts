// Markdown → structural blocks (heading, paragraph, list, code, table, quote) with source offsets.
// Chunking packs these whole, so a list or a code block is never cut in the middle.

export type BlockKind = 'heading' | 'paragraph' | 'list' | 'code' | 'table' | 'quote';

export interface Block {
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
  level?: number; // headings
}

const FENCE = /^(\s{0,3})(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const QUOTE = /^\s{0,3}>/;

export function markdownBlocks(source: string): Block[] {
  const lines: Array<{ text: string; start: number; end: number }> = [];
  let pos = 0;
  for (const text of source.split('\n')) {
    lines.push({ text: text.replace(/\r$/, ''), start: pos, end: pos + text.length });
    pos += text.length + 1;
  }
  const blocks: Block[] = [];
  let i = 0;
  const push = (kind: BlockKind, from: number, to: number, extra: Partial<Block> = {}) => {
    const start = lines[from]!.start;
    const end = lines[to]!.end;
    blocks.push({ kind, text: source.slice(start, end).replace(/\s+$/, ''), start, end, ...extra });
  };
  while (i < lines.length) {
    const line = lines[i]!.text;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[2]!;
      let j = i + 1;
      while (j < lines.length && !lines[j]!.text.trimStart().startsWith(marker)) j++;
      push('code', i, Math.min(j, lines.length - 1));
      i = j + 1;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', text: heading[2]!, start: lines[i]!.start, end: lines[i]!.end, level: heading[1]!.length });
      i++;
      continue;
    }
    // Setext headings: a text line underlined with === or ---.
    const next = lines[i + 1]?.text ?? '';
    if (/^\s{0,3}(=+|-+)\s*$/.test(next) && !LIST_ITEM.test(line)) {
      blocks.push({ kind: 'heading', text: line.trim(), start: lines[i]!.start, end: lines[i + 1]!.end, level: next.trim().startsWith('=') ? 1 : 2 });
      i += 2;
      continue;
    }
    const kind: BlockKind = LIST_ITEM.test(line) ? 'list' : TABLE_ROW.test(line) ? 'table' : QUOTE.test(line) ? 'quote' : 'paragraph';
    let j = i;
    while (j + 1 < lines.length) {
      const n = lines[j + 1]!.text;
      if (n.trim() === '') {
        // A list continues across a blank line when the next line is another item or indented.
        const after = lines[j + 2]?.text ?? '';
        if (kind === 'list' && (LIST_ITEM.test(after) || /^\s{2,}\S/.test(after))) {
          j += 2;
          continue;
        }
        break;
      }
      if (FENCE.test(n) || HEADING.test(n)) break;
      if (kind === 'table' && !TABLE_ROW.test(n)) break;
      if (kind === 'paragraph' && (LIST_ITEM.test(n) || TABLE_ROW.test(n))) break;
      j++;
    }
    push(kind, i, j);
    i = j + 1;
  }
  return blocks;
}
