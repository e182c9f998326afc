// Standard normals by Marsaglia & Tsang's ziggurat (J. Stat. Softw. 5(8), 2000), 128 layers. One
// 32-bit draw and one compare give a normal ~99% of the time — no log, no sqrt — which is what the
// per-event loop of the simulation needs. The kernel inlines the fast path; the rare wedge and
// tail cases land in normalSlow() with the generator state handed over in an Int32Array.
//
// A draw t splits into a layer (low 7 bits) and a signed 25-bit position (the other bits), so
// layer and position never share bits (the correlation Doornik (2005) found in the original).
import { sfc32 } from './random';

/** Positions are signed 25-bit integers: |hz| < 2^24. */
const M = 2 ** 24;
const R = 3.442619855899; // start of the tail
const V = 9.91256303526217e-3; // area of each layer

export const KN = new Int32Array(128);
export const WN = new Float64Array(128);
export const FN = new Float64Array(128);

{
  let dn = R, tn = R;
  const q = V / Math.exp(-0.5 * dn * dn);
  KN[0] = Math.floor((dn / q) * M);
  KN[1] = 0;
  WN[0] = q / M;
  WN[127] = dn / M;
  FN[0] = 1;
  FN[127] = Math.exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(V / dn + Math.exp(-0.5 * dn * dn)));
    KN[i + 1] = Math.floor((dn / tn) * M);
    tn = dn;
    FN[i] = Math.exp(-0.5 * dn * dn);
    WN[i] = dn / M;
  }
}

/** Uniform in (0, 1) — never 0, so its log is finite. st[4] counts draws. */
function uniform(st: Int32Array): number {
  st[4] = (st[4]! + 1) | 0;
  return ((sfc32(st) >>> 0) + 0.5) / 4294967296;
}

/**
 * The ziggurat's slow path for a draw (hz, iz) the fast test `|hz| < KN[iz]` rejected: the wedge
 * test against the density, or the tail beyond R (Marsaglia's exponential method). `st` is the
 * sfc32 state (words 0..3) plus a draw counter (word 4).
 */
export function normalSlow(hz: number, iz: number, st: Int32Array): number {
  for (;;) {
    if (iz === 0) {
      let x = 0, y = 0;
      do {
        x = -Math.log(uniform(st)) / R;
        y = -Math.log(uniform(st));
      } while (y + y < x * x);
      return hz > 0 ? R + x : -R - x;
    }
    const x = hz * WN[iz]!;
    if (FN[iz]! + uniform(st) * (FN[iz - 1]! - FN[iz]!) < Math.exp(-0.5 * x * x)) return x;
    st[4] = (st[4]! + 1) | 0;
    const t = sfc32(st);
    hz = t >> 7;
    iz = t & 127;
    if (Math.abs(hz) < KN[iz]!) return hz * WN[iz]!;
  }
}

/** One standard normal from `st` (words 0..3 sfc32, word 4 draw counter): the kernel's inline path, as a function for tests. */
export function zigguratNormal(st: Int32Array): number {
  st[4] = (st[4]! + 1) | 0;
  const t = sfc32(st);
  const hz = t >> 7;
  const iz = t & 127;
  return Math.abs(hz) < KN[iz]! ? hz * WN[iz]! : normalSlow(hz, iz, st);
}
