// The few dense linear-algebra kernels LSA needs, on Float64Array row-major matrices. Small and
// dependency-free: the matrices are N×l and l×l with l ≈ 140, so no BLAS is warranted.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/**
 * Orthonormalises the columns of an n×l row-major matrix in place by CholeskyQR2: two passes of
 * "Gram matrix, Cholesky, triangular solve". Each pass streams the rows once (n·l² flops, cache
 * friendly), where column Gram-Schmidt on a row-major matrix walks memory with stride l — the
 * difference between seconds and many minutes at 50k rows. Columns that are linearly dependent
 * (tiny pivots) come out as zero, which the SVD then ranks last.
 */
export function orthonormalizeColumns(m: Float64Array, n: number, l: number): void {
  for (let pass = 0; pass < 2; pass++) {
    const g = new Float64Array(l * l);
    for (let r = 0; r < n; r++) {
      const o = r * l;
      for (let i = 0; i < l; i++) {
        const a = m[o + i]!;
        if (a === 0) continue;
        for (let j = i; j < l; j++) g[i * l + j]! += a * m[o + j]!;
      }
    }
    // Upper Cholesky G = RᵀR, dropping dependent columns.
    let trace = 0;
    for (let i = 0; i < l; i++) trace += g[i * l + i]!;
    const eps = Math.max(trace, 1e-300) * 1e-13;
    const rmat = new Float64Array(l * l);
    const dead = new Uint8Array(l);
    for (let i = 0; i < l; i++) {
      let d = g[i * l + i]!;
      for (let k = 0; k < i; k++) d -= rmat[k * l + i]! ** 2;
      if (d <= eps) {
        dead[i] = 1;
        continue;
      }
      const rii = Math.sqrt(d);
      rmat[i * l + i] = rii;
      for (let j = i + 1; j < l; j++) {
        let v = g[i * l + j]!;
        for (let k = 0; k < i; k++) v -= rmat[k * l + i]! * rmat[k * l + j]!;
        rmat[i * l + j] = v / rii;
      }
    }
    // Q = Y R⁻¹, row by row (forward substitution on each row vector).
    for (let r = 0; r < n; r++) {
      const o = r * l;
      for (let j = 0; j < l; j++) {
        if (dead[j]) {
          m[o + j] = 0;
          continue;
        }
        let v = m[o + j]!;
        for (let k = 0; k < j; k++) if (!dead[k]) v -= m[o + k]! * rmat[k * l + j]!;
        m[o + j] = v / rmat[j * l + j]!;
      }
    }
  }
}

/** Eigen-decomposition of a symmetric l×l matrix by cyclic Jacobi: returns eigenvalues and column eigenvectors. */
export function symmetricEigen(a: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  const m = Float64Array.from(a);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < l; p++) for (let q = p + 1; q < l; q++) off += m[p * l + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < l; p++) {
      for (let q = p + 1; q < l; q++) {
        const apq = m[p * l + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (m[q * l + q]! - m[p * l + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < l; k++) {
          const akp = m[k * l + p]!;
          const akq = m[k * l + q]!;
          m[k * l + p] = c * akp - s * akq;
          m[k * l + q] = s * akp + c * akq;
        }
        for (let k = 0; k < l; k++) {
          const apk = m[p * l + k]!;
          const aqk = m[q * l + k]!;
          m[p * l + k] = c * apk - s * aqk;
          m[q * l + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p]!;
          const vkq = v[k * l + q]!;
          v[k * l + p] = c * vkp - s * vkq;
          v[k * l + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(l);
  for (let i = 0; i < l; i++) values[i] = m[i * l + i]!;
  return { values, vectors: v };
}
