import { loadConfig } from './config';
import { createApp } from './app';
import { seedDemoIfEmpty } from './demo/seed-demo';
import { JobRunner } from './platform/jobs/jobs';
import { jobDefinitions } from './jobs';

/** `npm start`: open the database (migrating it), seed demo data when empty, serve. */
async function main() {
  const startedAt = Date.now();
  const config = loadConfig();
  if (config.mode === 'production' && config.databaseUrl && !config.fieldKey) {
    throw new Error('FIELD_KEY is required in production on PostgreSQL: every app process must share the field encryption key.');
  }
  const { app, services } = await createApp(config, { logger: true });
  app.log.info(`database open and migrated in ${Date.now() - startedAt} ms`);
  if (config.mode === 'demo') {
    const seedStarted = Date.now();
    if (await seedDemoIfEmpty(services, (line) => app.log.info(line), { organizations: true })) app.log.info(`demo data loaded in ${Date.now() - seedStarted} ms`);
  }
  const jobs = new JobRunner(services, jobDefinitions);
  if (config.jobs) await jobs.start();
  await app.listen({ port: config.port, host: config.host });
  app.log.info(`Linli ready in ${Date.now() - startedAt} ms on ${services.database.kind}: http://localhost:${config.port}/admin`);
  const stop = async () => {
    await app.close();
    await jobs.stop();
    await services.database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
