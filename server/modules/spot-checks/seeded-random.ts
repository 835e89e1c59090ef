import { createHash } from 'node:crypto';

/**
 * A reproducible random stream from a seed: SHA-256 of `seed:counter` gives 32 bytes at a time,
 * read as unsigned 32-bit words. Anyone with the seed gets the same stream on any machine.
 */
export function seededRandom(seed: string) {
  let counter = 0;
  let words: number[] = [];
  const nextWord = (): number => {
    if (!words.length) {
      const block = createHash('sha256').update(`${seed}:${counter++}`).digest();
      words = Array.from({ length: 8 }, (_, i) => block.readUInt32BE(i * 4));
    }
    return words.shift()!;
  };
  return {
    /** A whole number in [0, n), without modulo bias (words in the short last range are drawn again). */
    below(n: number): number {
      const limit = 2 ** 32 - (2 ** 32 % n);
      let word = nextWord();
      while (word >= limit) word = nextWord();
      return word % n;
    },
  };
}

export type SeededRandom = ReturnType<typeof seededRandom>;

/** `count` distinct items of `items`, in the order drawn (a partial Fisher–Yates shuffle of a copy). */
export function pickDistinct<T>(random: SeededRandom, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const take = Math.min(count, pool.length);
  for (let i = 0; i < take; i++) {
    const j = i + random.below(pool.length - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, take);
}
