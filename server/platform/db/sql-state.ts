/**
 * The SQLSTATE of a database error, wherever the driver put it: Drizzle wraps the driver's error
 * (`cause`), and node-postgres and PGlite both carry the code as `code`. Undefined for any other error.
 */
export function sqlStateOf(error: unknown): string | undefined {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}
