/** One captured frame handed to the decoder; `b[off, off+caplen)` is only valid during the call. */
export type PacketHandler = (linktype: number, b: Uint8Array, off: number, caplen: number, tsMs: number) => void;

export class CaptureFormatError extends Error {}

/** Incremental reader: feed chunks as they arrive (file or stdin), then `end()`. */
export interface CaptureReader {
  push(chunk: Uint8Array): void;
  end(): void;
  readonly packets: number;
}

/** The bytes a reader kept from the last chunk (an incomplete record) followed by the new chunk. */
export function withCarry(rest: Uint8Array, chunk: Uint8Array): Uint8Array {
  if (rest.length === 0) return chunk;
  const joined = new Uint8Array(rest.length + chunk.length);
  joined.set(rest);
  joined.set(chunk, rest.length);
  return joined;
}
