// `npm install` (postinstall) builds the embedded database's template, so the first `npm start` on a
// new DATA_DIR copies it instead of waiting for initdb and the migrations (server/platform/db/embedded-template.ts).
import { ensureEmbeddedTemplate } from '../server/platform/db/database';

const started = Date.now();
try {
  console.log(`database template: ${await ensureEmbeddedTemplate()} (${Date.now() - started} ms)`);
} catch (error) {
  // Only a head start: without it the first start builds the template itself.
  console.warn(`database template not built: ${(error as Error).message}`);
}
