import path from 'node:path';

/** Everything the app reads from its environment, with defaults. README.md lists each variable. */
export type AppConfig = {
  mode: 'demo' | 'production';
  port: number;
  host: string;
  dataDir: string;
  /** postgres://… to run on PostgreSQL; unset runs on the embedded database (PGlite) in dataDir. */
  databaseUrl: string | undefined;
  /** 64 hex characters; unset in embedded mode means a key generated and kept in dataDir/keys. */
  fieldKey: string | undefined;
  /** PKCS#8 PEM of the Ed25519 key that signs certificates; unset in embedded mode means one generated in dataDir/keys. */
  signingKey: string | undefined;
  /** The address residents reach the portal at; certificate QR codes point there. */
  publicUrl: string;
  /** Set behind a TLS-terminating proxy so session cookies are marked Secure. */
  secureCookies: boolean;
  /** Trust X-Forwarded-For from the proxy in front (for source addresses in logs). */
  trustProxy: boolean;
  logLevel: string;
  /** Run scheduled jobs in this process. */
  jobs: boolean;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const mode = env.LINLI_MODE === 'production' ? 'production' : 'demo';
  return {
    mode,
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    fieldKey: env.FIELD_KEY || undefined,
    signingKey: env.SIGNING_KEY || undefined,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, ''),
    secureCookies: env.SECURE_COOKIES === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    jobs: env.JOBS !== 'false',
  };
}
