import { PacketDecoder, type PacketStats, type SightingSink } from '../decode/packet';
import { CaptureFormatError, type CaptureReader } from './capture-types';
import { isPcapMagic, PcapReader } from './pcap/reader';
import { isPcapngMagic, PcapngReader } from './pcapng/reader';

export interface CaptureResult { format: 'pcap' | 'pcapng'; stats: PacketStats }

/** Streams a pcap or pcapng (chosen by magic number) through the packet decoder. */
export async function scanCapture(input: AsyncIterable<Uint8Array>, sink: SightingSink, force?: 'pcap' | 'pcapng'): Promise<CaptureResult> {
  const decoder = new PacketDecoder(sink);
  const handle = decoder.decode.bind(decoder);
  let reader: CaptureReader | undefined;
  let format: CaptureResult['format'] = 'pcap';
  let head: Uint8Array = new Uint8Array(0);
  for await (const chunk of input) {
    if (!reader) {
      head = head.length ? Buffer.concat([head, chunk]) : chunk;
      if (head.length < 4) continue;
      format = force ?? (isPcapngMagic(head) ? 'pcapng' : isPcapMagic(head) ? 'pcap' : fail());
      reader = format === 'pcapng' ? new PcapngReader(handle) : new PcapReader(handle);
      reader.push(head);
      continue;
    }
    reader.push(chunk);
  }
  if (!reader) throw new CaptureFormatError('capture: input is empty or shorter than a header');
  reader.end();
  return { format, stats: decoder.stats };
}

function fail(): never {
  throw new CaptureFormatError('capture: not a pcap or pcapng file (unknown magic number)');
}
