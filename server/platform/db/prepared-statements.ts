import type pg from 'pg';

/** Statements with more parameters than this (multi-row inserts of an import) are never prepared. */
const maxPreparedParameters = 100;
/** At most this many distinct statements are prepared; later ones run unprepared. */
const maxPreparedStatements = 1000;
/** How many distinct unprepared statements are remembered while waiting for their second run. */
const maxWatchedStatements = 10_000;

type QueryConfigLike = { text?: unknown; name?: unknown; values?: unknown[] };

/**
 * Names each statement the app sends more than once, so that every connection parses it once and
 * from then on only binds and executes it. Each run is still planned for its own values
 * (`preparedStatementPoolOptions`).
 *
 * A statement is named on its second run, so one-off SQL (a migration, a report's ad-hoc text)
 * never is; names are capped so a process that builds unbounded distinct texts cannot fill every
 * connection with prepared statements. The same text gets the same name in every connection.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();
  private readonly seenOnce = new Set<string>();

  nameOf(text: string, parameterCount: number): string | undefined {
    const named = this.names.get(text);
    if (named || parameterCount === 0 || parameterCount > maxPreparedParameters) return named;
    if (!this.seenOnce.has(text)) {
      if (this.seenOnce.size >= maxWatchedStatements) this.seenOnce.clear();
      this.seenOnce.add(text);
      return undefined;
    }
    if (this.names.size >= maxPreparedStatements) return undefined;
    this.seenOnce.delete(text);
    const name = `linli_${this.names.size + 1}`;
    this.names.set(text, name);
    return name;
  }
}

/** A `pg` client class whose parameterised queries are named by `names` (see StatementNames). */
export function preparingClient(Client: typeof pg.Client, names = new StatementNames()): typeof pg.Client {
  return class PreparingClient extends Client {
    // `pg` overloads `query` many ways; only a config object with values is named, the rest passes through.
    override query(...args: unknown[]): never {
      const [config, values] = args as [QueryConfigLike | string, unknown];
      if (config && typeof config === 'object' && config.name === undefined && typeof config.text === 'string') {
        const parameters = config.values ?? (Array.isArray(values) ? values : []);
        const name = names.nameOf(config.text, parameters.length);
        if (name) args[0] = { ...config, name };
      }
      return (super.query as (...a: unknown[]) => never)(...args);
    }
  } as unknown as typeof pg.Client;
}

/**
 * `pg` pool options that prepare statements (above) and plan every run for its values. PostgreSQL
 * would otherwise switch a statement to one generic plan after five runs when that plan's estimate
 * looks no dearer; for a scoped list (`jurisdiction_code LIKE $n`, whose prefix the generic plan
 * cannot use) the estimate was wrong by far: at province scale the street list fell from 399 to
 * 105 requests a second on such a plan.
 */
function preparedStatementPoolOptions(Client: typeof pg.Client) {
  return { Client: preparingClient(Client), options: '-c plan_cache_mode=force_custom_plan' };
}

/**
 * The names of key lookups' statements (`keyLookupRead`) start with this: the bench's bare server
 * runs them as the app does, on connections that keep one plan per statement.
 */
export const keyLookupStatementPrefix = 'key_lookup_';

export function isKeyLookupStatement(name: string | undefined): boolean {
  return Boolean(name?.startsWith(keyLookupStatementPrefix));
}

/**
 * `pg` pool options for key lookups (`keyLookupRead`): statements that find rows by a unique key,
 * whose one generic plan is the plan for every value. Planned once per connection instead of on
 * every run: planning the session look-up and the volunteer look-ups cost PostgreSQL more than
 * running them.
 */
function keyLookupPoolOptions(Client: typeof pg.Client) {
  return { Client: preparingClient(Client), options: '-c plan_cache_mode=force_generic_plan' };
}

/** How many connections key lookups get beside a pool of `poolSize`: each holds one for well under a millisecond. */
function keyLookupPoolSize(poolSize: number): number {
  return Math.max(2, Math.ceil(poolSize / 4));
}

/**
 * The pools a process reaches PostgreSQL through: the main pool (`preparedStatementPoolOptions`) of
 * `poolSize` connections and, beside it, the key lookups' (`keyLookupPoolOptions`). An idle
 * connection the server ends (a restart, a failover, an administrator) must not bring the process
 * down: the pool drops it and opens a new one on the next query.
 */
export function openStatementPools(driver: typeof pg, connectionString: string, poolSize: number) {
  const pool = new driver.Pool({ connectionString, max: poolSize, ...preparedStatementPoolOptions(driver.Client) });
  const keyLookupPool = new driver.Pool({ connectionString, max: keyLookupPoolSize(poolSize), ...keyLookupPoolOptions(driver.Client) });
  for (const each of [pool, keyLookupPool]) each.on('error', (error) => console.error(`PostgreSQL closed an idle connection: ${error.message}`));
  return { pool, keyLookupPool, end: async () => { await Promise.all([pool.end(), keyLookupPool.end()]); } };
}
