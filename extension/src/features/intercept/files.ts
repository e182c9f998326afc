const TEXT_EXT = /\.(txt|csv|tsv|md|json|jsonl|log|xml|ya?ml|sql|ini|env|conf|cfg|toml|html?|css|js|mjs|ts|tsx|jsx|py|rb|go|rs|java|kt|cs|c|h|cpp|hpp|php|sh|ps1|pem|key)$/i;

/** Files read and classified locally; bigger ones are reported by type and size only. */
export const MAX_READ_BYTES = 5 * 1024 * 1024;

export function isTextLike(f: { name: string; type: string }): boolean {
  return f.type.startsWith('text/') || /json|xml|yaml|csv|javascript|x-sh|sql/.test(f.type) || TEXT_EXT.test(f.name);
}

export interface FileScan {
  /** Text of the text-like files (joined), classified like a prompt. */
  text: string;
  type: string;
  sizeBytes: number;
  unread: number;
}

export async function scanFiles(files: readonly File[]): Promise<FileScan> {
  const texts: string[] = [];
  let unread = 0;
  for (const f of files) {
    if (isTextLike(f) && f.size <= MAX_READ_BYTES) texts.push(await f.text());
    else unread++;
  }
  const types = [...new Set(files.map((f) => f.type || 'application/octet-stream'))];
  return {
    text: texts.join('\n'),
    type: (types.length === 1 ? types[0]! : 'multiple').slice(0, 100),
    sizeBytes: files.reduce((n, f) => n + f.size, 0),
    unread,
  };
}
