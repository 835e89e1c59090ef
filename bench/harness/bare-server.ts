import Fastify from 'fastify';
import pg from 'pg';
import { readPlans, type RequestInputs } from './replay-plan';
import { executePlan, type Queryable } from './replay';
import { openStatementPools } from '../../server/platform/db/prepared-statements';

/**
 * The physical limit of each route: Fastify and a `pg` pool, nothing of ours. For each scenario it
 * executes exactly the statements our app executed (captured once per run), in the same order, on
 * one connection inside the transaction when ours used one, with the parameters the plan derives for
 * this request (bench/harness/replay-plan.ts), and answers the last rows as JSON. No auth: the
 * session look-up is among the captured statements. A write scenario's request body is its inputs.
 *
 * Env: DATABASE_URL, PORT, BARE_PLANS (the JSON file of plans), POOL_SIZE (our app's pool size).
 */
const plans = readPlans(process.env.BARE_PLANS!);
// Prepared the way our app prepares its statements, key lookups on connections of their own as in
// our app (database.ts), so the bare route stays the limit of the same SQL.
const pools = openStatementPools(pg, process.env.DATABASE_URL!, Number(process.env.POOL_SIZE));
const { pool } = pools;
const keyLookups = pools.keyLookupPool as unknown as Queryable;

async function replay(scenario: string, inputs: RequestInputs): Promise<unknown[][]> {
  const plan = plans[scenario];
  if (!plan.transactional) return executePlan(pool as unknown as Queryable, plan, inputs, keyLookups);
  const client = await pool.connect();
  try {
    return await executePlan(client as unknown as Queryable, plan, inputs, keyLookups);
  } catch (error) {
    // The transaction failed part-way: end it before the connection goes back to the pool.
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const app = Fastify({ logger: false });
// A replay that fails says why on stderr (once per message), which the harness shows when a run fails.
const reported = new Set<string>();
app.setErrorHandler((error: Error, request, reply) => {
  if (!reported.has(error.message)) {
    reported.add(error.message);
    console.error(`${request.url}: ${error.message}`);
  }
  return reply.code(500).send({ error: error.message });
});
app.get('/api/health', async () => ({ ok: true }));
app.route({
  method: ['GET', 'POST'],
  url: '/bare/:scenario',
  handler: async (request, reply) => {
    const { scenario } = request.params as { scenario: string };
    if (!plans[scenario]) return reply.code(404).send({ error: 'unknown scenario' });
    return replay(scenario, (request.body ?? {}) as RequestInputs);
  },
});

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
const stop = async () => {
  await app.close();
  await pools.end();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
