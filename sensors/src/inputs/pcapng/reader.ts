import { CaptureFormatError, type CaptureReader, type PacketHandler, withCarry } from '../capture-types';

// pcapng (draft-ietf-opsawg-pcapng): Section Header, Interface Description (one link type and
// timestamp resolution per interface), Enhanced and Simple Packet Blocks; the obsolete Packet Block is
// read too. Unknown blocks are skipped by their length.

const SHB = 0x0a0d0d0a;
const IDB = 1;
const OPB = 2;
const SPB = 3;
const EPB = 6;
const MAX_BLOCK = 16 * 1024 * 1024;

interface Iface { linktype: number; tsUnitsPerMs: number; snaplen: number }

export function isPcapngMagic(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x0a && b[1] === 0x0d && b[2] === 0x0d && b[3] === 0x0a;
}

export class PcapngReader implements CaptureReader {
  packets = 0;
  private rest: Uint8Array = new Uint8Array(0);
  private little = true;
  private sawShb = false;
  private ifaces: Iface[] = [];

  constructor(private readonly onPacket: PacketHandler) {}

  get interfaces(): ReadonlyArray<Readonly<Iface>> { return this.ifaces; }

  push(chunk: Uint8Array): void {
    const b = withCarry(this.rest, chunk);
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    let p = 0;
    while (p + 12 <= b.length) {
      const rawType = dv.getUint32(p, true);
      if (rawType === SHB) {
        if (p + 12 > b.length) break;
        const bom = dv.getUint32(p + 8, true);
        if (bom === 0x1a2b3c4d) this.little = true;
        else if (bom === 0x4d3c2b1a) this.little = false;
        else throw new CaptureFormatError('pcapng: bad byte-order magic');
        this.sawShb = true;
        this.ifaces = []; // interface ids are per section
      } else if (!this.sawShb) {
        throw new CaptureFormatError('pcapng: does not start with a Section Header Block');
      }
      const type = dv.getUint32(p, this.little);
      const len = dv.getUint32(p + 4, this.little);
      if (len < 12 || len % 4 !== 0 || len > MAX_BLOCK) throw new CaptureFormatError(`pcapng: bad block length ${len} after packet ${this.packets}`);
      if (p + len > b.length) break;
      this.block(type, b, dv, p, len);
      p += len;
    }
    this.rest = p < b.length ? b.slice(p) : new Uint8Array(0);
  }

  end(): void {
    if (!this.sawShb) throw new CaptureFormatError('pcapng: no Section Header Block');
  }

  private block(type: number, b: Uint8Array, dv: DataView, p: number, len: number): void {
    const le = this.little;
    const bodyEnd = p + len - 4;
    if (type === IDB) {
      this.ifaces.push({ linktype: dv.getUint16(p + 8, le), snaplen: dv.getUint32(p + 12, le), tsUnitsPerMs: this.tsResolution(b, dv, p + 16, bodyEnd) });
    } else if (type === EPB || type === OPB) {
      const iface = this.ifaces[type === EPB ? dv.getUint32(p + 8, le) : dv.getUint16(p + 8, le)];
      if (!iface) throw new CaptureFormatError('pcapng: packet refers to an undeclared interface');
      const caplen = dv.getUint32(p + 20, le);
      if (p + 28 + caplen > bodyEnd) throw new CaptureFormatError('pcapng: packet runs past its block');
      const ts = dv.getUint32(p + 12, le) * 4294967296 + dv.getUint32(p + 16, le);
      this.packets++;
      this.onPacket(iface.linktype, b, p + 28, caplen, ts / iface.tsUnitsPerMs);
    } else if (type === SPB) {
      const iface = this.ifaces[0];
      if (!iface) throw new CaptureFormatError('pcapng: simple packet without an interface');
      const orig = dv.getUint32(p + 8, le);
      const caplen = Math.min(orig, bodyEnd - (p + 12), iface.snaplen || Infinity);
      this.packets++;
      this.onPacket(iface.linktype, b, p + 12, caplen, 0); // SPBs carry no timestamp
    }
  }

  /** if_tsresol (option 9): units per millisecond; default microseconds. */
  private tsResolution(b: Uint8Array, dv: DataView, p: number, end: number): number {
    while (p + 4 <= end) {
      const code = dv.getUint16(p, this.little);
      const olen = dv.getUint16(p + 2, this.little);
      if (code === 0) break;
      if (code === 9 && olen >= 1) {
        const r = b[p + 4]!;
        const perSecond = r & 0x80 ? 2 ** (r & 0x7f) : 10 ** r;
        return perSecond / 1000;
      }
      p += 4 + ((olen + 3) & ~3);
    }
    return 1000;
  }
}
