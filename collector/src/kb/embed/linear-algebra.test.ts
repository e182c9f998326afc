import { describe, expect, it } from 'vitest';
import { gaussian, mulberry32, orthonormalizeColumns, symmetricEigen } from './linear-algebra';

describe('linear algebra kernels', () => {
  it('orthonormalises random columns', () => {
    const rand = mulberry32(7);
    const n = 50;
    const l = 6;
    const m = Float64Array.from({ length: n * l }, () => gaussian(rand));
    orthonormalizeColumns(m, n, l);
    for (let a = 0; a < l; a++) {
      for (let b = 0; b < l; b++) {
        let d = 0;
        for (let i = 0; i < n; i++) d += m[i * l + a]! * m[i * l + b]!;
        expect(d).toBeCloseTo(a === b ? 1 : 0, 9);
      }
    }
  });

  it('finds the eigenpairs of a symmetric matrix (A v = λ v)', () => {
    const a = Float64Array.from([4, 1, 2, 1, 3, 0, 2, 0, 5]);
    const { values, vectors } = symmetricEigen(a, 3);
    expect([...values].reduce((s, x) => s + x, 0)).toBeCloseTo(12, 9); // trace
    for (let k = 0; k < 3; k++) {
      for (let i = 0; i < 3; i++) {
        let av = 0;
        for (let j = 0; j < 3; j++) av += a[i * 3 + j]! * vectors[j * 3 + k]!;
        expect(av).toBeCloseTo(values[k]! * vectors[i * 3 + k]!, 8);
      }
    }
  });

  it('is reproducible for a seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
