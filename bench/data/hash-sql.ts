/**
 * Deterministic "randomness" in SQL: every value is derived from md5(seed : key), where the key names
 * the row (e.g. 'org:441802006001:3'). The same seed gives the same rows whatever the engine, the
 * connection or the order statements run in, which `setseed()` could not promise over a pool.
 */
export type HashSql = {
  /** A number in [0, 1) for the key. */
  unit(key: string): string;
  /** An integer in [low, high] for the key. */
  between(low: number, high: number, key: string): string;
  /** A UUID for the key: md5 with the version 4 and variant nibbles set, as the routes' validation wants. */
  uuid(key: string): string;
  /** 64 hex characters for the key: stands in for a blind index, unique per key. */
  hex64(key: string): string;
  /** One of the values, chosen by the key. */
  pick(values: readonly string[], key: string): string;
  /**
   * One of the values by share (shares in [0, 1], summing to at most 1; the rest goes to `otherwise`),
   * chosen by the key: `share([['accepted', 0.8], ['returned', 0.05]], key, 'missing')`.
   */
  share(shares: readonly (readonly [string, number])[], key: string, otherwise: string): string;
};

/** `key` is a SQL text expression; `seed` an integer, inlined as a literal. */
export function hashSql(seed: number): HashSql {
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  const md5 = (key: string) => `md5('${seed}:' || ${key})`;
  const unit = (key: string) => `(('x' || substr(${md5(key)}, 1, 8))::bit(32)::bigint / 4294967296.0)`;
  return {
    unit,
    between: (low, high, key) => `(${low} + floor(${unit(key)} * ${high - low + 1})::int)`,
    uuid: (key) => `overlay(overlay(${md5(key)} placing '4' from 13 for 1) placing '8' from 17 for 1)::uuid`,
    hex64: (key) => `(${md5(key)} || ${md5(`'#' || ${key}`)})`,
    pick: (values, key) => `(${sqlTextArray(values)})[1 + floor(${unit(key)} * ${values.length})::int]`,
    share: (shares, key, otherwise) => {
      let bound = 0;
      const branches = shares.map(([value, share]) => {
        bound += share;
        return `WHEN u < ${bound.toFixed(4)} THEN '${value}'`;
      });
      return `(SELECT CASE ${branches.join(' ')} ELSE '${otherwise}' END FROM (SELECT ${unit(key)} AS u) s)`;
    },
  };
}

/** A text array literal of our own constants (they hold no quotes). */
export function sqlTextArray(values: readonly string[]): string {
  return `ARRAY[${values.map((v) => `'${v}'`).join(',')}]::text[]`;
}
