import path from 'node:path';
import type { AppConfig } from '../config';
import type { Services } from './context';
import { openDatabase, type Database } from './db/database';
import { scopeGuardLogger } from './db/scope-guard';
import { deriveFieldKeys, loadOrCreateMasterKey } from './crypto/sm';
import { Settings } from './settings/settings';
import { LocalDiskStorage } from './files/storage';
import { loadOrCreateSigningKey } from '../modules/certificates/signing';

/** Opens the database (applying migrations) and builds the long-lived services an app needs. */
export async function openServices(config: AppConfig, database?: Database): Promise<Services> {
  const db =
    database ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      pgliteDir: path.join(config.dataDir, 'db'),
      logger: scopeGuardLogger(),
    }));
  const master = loadOrCreateMasterKey({ fromEnv: config.fieldKey, dataDir: config.dataDir });
  const settings = new Settings(db.db);
  await settings.load();
  return {
    config,
    database: db,
    settings,
    fieldKeys: deriveFieldKeys(master),
    storage: new LocalDiskStorage(path.join(config.dataDir, 'files')),
    signingKeys: loadOrCreateSigningKey({ fromEnv: config.signingKey, dataDir: config.dataDir }),
  };
}
