// Link layers → offset of the IP header. pcap LINKTYPE_* numbers (tcpdump.org/linktypes.html).

export const LINKTYPE = { NULL: 0, ETHERNET: 1, RAW_OLD_A: 12, RAW_OLD_B: 14, RAW: 101, LOOP: 108, LINUX_SLL: 113, IPV4: 228, IPV6: 229, LINUX_SLL2: 276 } as const;

const ETH_IPV4 = 0x0800;
const ETH_IPV6 = 0x86dd;
const ETH_VLAN = 0x8100;
const ETH_QINQ = 0x88a8;
const ETH_QINQ_OLD = 0x9100;

/** Returns the offset of the IPv4/IPv6 header, or -1 if the frame carries something else or is short. */
export function ipOffset(linktype: number, b: Uint8Array, off: number, end: number): number {
  switch (linktype) {
    case LINKTYPE.ETHERNET: return afterEthertype(b, off + 12, end);
    case LINKTYPE.LINUX_SLL: return afterEthertype(b, off + 14, end);
    case LINKTYPE.LINUX_SLL2: {
      if (off + 20 > end) return -1;
      const proto = (b[off]! << 8) | b[off + 1]!;
      return proto === ETH_IPV4 || proto === ETH_IPV6 ? off + 20 : -1;
    }
    case LINKTYPE.RAW: case LINKTYPE.RAW_OLD_A: case LINKTYPE.RAW_OLD_B: case LINKTYPE.IPV4: case LINKTYPE.IPV6:
      return off < end ? off : -1;
    case LINKTYPE.NULL: case LINKTYPE.LOOP: {
      if (off + 4 > end) return -1;
      // The family is host-endian in NULL captures; checking the IP version nibble avoids guessing.
      const v = b[off + 4]! >> 4;
      return v === 4 || v === 6 ? off + 4 : -1;
    }
    default: return -1;
  }
}

function afterEthertype(b: Uint8Array, p: number, end: number): number {
  for (let tags = 0; tags < 4; tags++) {
    if (p + 2 > end) return -1;
    const type = (b[p]! << 8) | b[p + 1]!;
    if (type === ETH_IPV4 || type === ETH_IPV6) return p + 2;
    if (type !== ETH_VLAN && type !== ETH_QINQ && type !== ETH_QINQ_OLD) return -1;
    p += 4; // 802.1Q tag: TCI (2) then the inner ethertype
  }
  return -1;
}
