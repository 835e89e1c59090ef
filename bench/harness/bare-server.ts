import Fastify from 'fastify';
import pg from 'pg';
import { readPlans, type ReplayPlan } from './replay-plan';

/**
 * The physical limit of each route: Fastify and a `pg` pool, nothing of ours. For each scenario it
 * executes exactly the statements our app executed (captured once per run), in the same order, with
 * the same parameters, on one connection inside the transaction when ours used one, and answers the
 * last rows as JSON. No auth: the session look-up is among the captured statements.
 *
 * Env: DATABASE_URL, PORT, BARE_PLANS (the JSON file of plans), POOL_SIZE (our app's pool size).
 */
const plans = readPlans(process.env.BARE_PLANS!);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE) });
pool.on('error', (error) => console.error(`PostgreSQL closed an idle connection: ${error.message}`));

type Queryable = { query(text: string, params: unknown[]): Promise<pg.QueryResult> };

async function execute(on: Queryable, plan: ReplayPlan): Promise<unknown[]> {
  let rows: unknown[] = [];
  for (const statement of plan.statements) {
    const result = await on.query(statement.sql, statement.params);
    if (result.rows?.length) rows = result.rows;
  }
  return rows;
}

async function replay(plan: ReplayPlan): Promise<unknown[]> {
  if (!plan.transactional) return execute(pool, plan);
  const client = await pool.connect();
  try {
    return await execute(client, plan);
  } finally {
    client.release();
  }
}

const app = Fastify({ logger: false });
app.get('/api/health', async () => ({ ok: true }));
app.route({
  method: ['GET', 'POST'],
  url: '/bare/:scenario',
  handler: async (request, reply) => {
    const plan = plans[(request.params as { scenario: string }).scenario];
    if (!plan) return reply.code(404).send({ error: 'unknown scenario' });
    return replay(plan);
  },
});

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
const stop = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
