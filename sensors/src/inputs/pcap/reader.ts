import { CaptureFormatError, type CaptureReader, type PacketHandler, withCarry } from '../capture-types';

// Classic libpcap files. Our own reader rather than pcap-parser: pcap-parser copies every packet into
// a new Buffer and emits an EventEmitter event per packet, which caps it far below 1M packets/s; this
// reader walks records in place inside each chunk and copies only the record straddling two chunks.

const MAX_RECORD = 262_144 + 16; // snaplen ceiling used by tcpdump/libpcap

export function isPcapMagic(b: Uint8Array): boolean {
  if (b.length < 4) return false;
  const be = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
  return be === 0xa1b2c3d4 || be === 0xd4c3b2a1 || be === 0xa1b23c4d || be === 0x4d3cb2a1;
}

export class PcapReader implements CaptureReader {
  packets = 0;
  private rest: Uint8Array = new Uint8Array(0);
  private headerDone = false;
  private little = true;
  private nanos = false;
  private linktype = 1;

  constructor(private readonly onPacket: PacketHandler) {}

  push(chunk: Uint8Array): void {
    const b = withCarry(this.rest, chunk);
    let p = 0;
    if (!this.headerDone) {
      if (b.length < 24) { this.rest = b; return; }
      this.readHeader(b);
      p = 24;
    }
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const le = this.little;
    const scale = this.nanos ? 1e-6 : 1e-3;
    const link = this.linktype;
    const n = b.length;
    while (p + 16 <= n) {
      const incl = dv.getUint32(p + 8, le);
      if (incl > MAX_RECORD) throw new CaptureFormatError(`pcap: corrupt record length ${incl} after packet ${this.packets}`);
      if (p + 16 + incl > n) break;
      const tsMs = dv.getUint32(p, le) * 1000 + dv.getUint32(p + 4, le) * scale;
      this.packets++;
      this.onPacket(link, b, p + 16, incl, tsMs);
      p += 16 + incl;
    }
    // Copy the tail: the caller may reuse the chunk's memory.
    this.rest = p < n ? b.slice(p) : new Uint8Array(0);
  }

  end(): void {
    if (!this.headerDone) throw new CaptureFormatError('pcap: file shorter than its 24-byte header');
    // A record cut short by the end of the capture (tcpdump killed mid-write) is dropped, not fatal.
  }

  get truncatedTail(): number { return this.rest.length; }

  private readHeader(b: Uint8Array): void {
    if (!isPcapMagic(b)) throw new CaptureFormatError('pcap: bad magic number');
    const dv = new DataView(b.buffer, b.byteOffset, 24);
    const magicLe = dv.getUint32(0, true);
    this.little = magicLe === 0xa1b2c3d4 || magicLe === 0xa1b23c4d;
    this.nanos = magicLe === 0xa1b23c4d || magicLe === 0x4d3cb2a1;
    this.linktype = dv.getUint32(20, this.little) & 0x0fffffff; // upper bits: FCS flags
    this.headerDone = true;
  }
}
