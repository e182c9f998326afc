import { describe, expect, it } from 'vitest';
import { LsaEmbedder } from './lsa';
import { dot } from './types';

// Two topics that share no words between synonyms: LSA should still place "car" near "automobile"
// because both co-occur with "engine"/"wheels" — the property plain BM25 lacks.
const corpus = [
  'car engine wheels road', 'automobile engine wheels highway', 'car wheels tyres road', 'automobile tyres highway engine',
  'bread flour oven bake', 'baking bread yeast oven', 'flour yeast dough bake', 'oven dough bread flour',
  'car automobile engine', 'yeast bread bake oven',
];

describe('LsaEmbedder', () => {
  it('maps synonyms that co-occur with the same context close together', async () => {
    const lsa = new LsaEmbedder({ dimensions: 2, seed: 3 });
    await lsa.fit(corpus);
    const [car, automobile, bread] = await lsa.embed(['car', 'automobile', 'bread']);
    expect(dot(car!, automobile!)).toBeGreaterThan(0.9);
    expect(dot(car!, bread!)).toBeLessThan(0.3);
  });

  it('is deterministic for a seed and produces unit vectors', async () => {
    const a = new LsaEmbedder({ dimensions: 3, seed: 9 });
    const b = new LsaEmbedder({ dimensions: 3, seed: 9 });
    await a.fit(corpus);
    await b.fit(corpus);
    const [va] = await a.embed(['engine wheels']);
    const [vb] = await b.embed(['engine wheels']);
    expect([...va!]).toEqual([...vb!]);
    expect(dot(va!, va!)).toBeCloseTo(1, 5);
  });

  it('refuses to embed before it is fitted', async () => {
    await expect(new LsaEmbedder().embed(['x'])).rejects.toThrow(/before fit/);
  });
});
