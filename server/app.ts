import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AppConfig } from './config';
import type { Database } from './platform/db/database';
import { openServices } from './platform/services';
import { buildApp } from './platform/http/app';
import { routeModules } from './routes';

z.config(z.locales.zhCN());

export const webDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');

/** The whole application: services plus HTTP. Tests pass their own database. */
export async function createApp(config: AppConfig, options: { database?: Database; logger?: boolean } = {}) {
  const services = await openServices(config, options.database);
  const app = await buildApp({
    services,
    routes: routeModules,
    webDir: webDistDir,
    logger: options.logger ? { level: config.logLevel } : false,
  });
  return { app, services };
}
