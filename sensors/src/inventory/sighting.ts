/** One observation from any input: some client reached (or resolved) some hostname at some time. */
export interface Sighting {
  tsMs: number;
  /** IP address or user name, as the source gives it. */
  client: string;
  host: string;
  kind: 'dns' | 'tls' | 'quic' | 'http';
  bytesUp: number;
  bytesDown: number;
  /** A source that reports a department (Zscaler `dept`) passes it through. */
  department?: string;
}

/** What a line parser returns for a line: a sighting, nothing to count (comment, header), or bad. */
export type LineResult = Sighting | 'skip' | 'bad';
