import type { Database } from '../platform/db/database';
import { loadConfig } from '../config';
import { openServices } from '../platform/services';
import { seedDemoIfEmpty } from '../demo/seed-demo';
import { testFieldKey } from './test-database';

/** What every test database starts with: the demo data (清远市 tree and the demo accounts). */
export async function seedTemplate(database: Database): Promise<void> {
  const config = { ...loadConfig({}), fieldKey: testFieldKey };
  const services = await openServices(config, database);
  await seedDemoIfEmpty(services);
}
