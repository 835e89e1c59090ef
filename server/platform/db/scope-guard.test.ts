import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { checkScope, ScopeViolationError, withoutScope } from './scope-guard';
import { inScope } from '../policy/policy';
import { users } from '../../modules/users/users.tables';
import { auditLog } from '../audit/audit.tables';

// Renders queries without a database: the guard judges the SQL text Drizzle produces.
const db = drizzle.mock();
const actor = { jurisdictionCode: '441802006' };

describe('scope guard', () => {
  it('refuses a query on a scoped table without the scope predicate', () => {
    const query = db.select().from(users).where(eq(users.username, 'street')).toSQL().sql;
    expect(() => checkScope(query)).toThrow(ScopeViolationError);
  });

  it('accepts the same query with the scope predicate', () => {
    const query = db.select().from(users).where(inScope(actor, users)).toSQL().sql;
    expect(() => checkScope(query)).not.toThrow();
    expect(query).toContain('"users"."district_code" = $');
  });

  it('wants the predicate for every scoped table a query touches', () => {
    const query = db.select().from(users).innerJoin(auditLog, eq(auditLog.actorUserId, users.id)).where(inScope(actor, users)).toSQL().sql;
    expect(() => checkScope(query)).toThrow(/audit_log/);
  });

  it('judges a query the same every time it runs', () => {
    const scoped = db.select().from(users).where(inScope(actor, users)).toSQL().sql;
    const unscoped = db.select().from(users).where(eq(users.id, 'x')).toSQL().sql;
    for (let run = 0; run < 3; run++) {
      expect(() => checkScope(scoped)).not.toThrow();
      expect(() => checkScope(unscoped)).toThrow(ScopeViolationError);
    }
  });

  it('checks updates and deletes too', () => {
    expect(() => checkScope(db.update(users).set({ displayName: 'x' }).where(eq(users.id, 'x')).toSQL().sql)).toThrow(ScopeViolationError);
    expect(() => checkScope(db.delete(users).where(eq(users.id, 'x')).toSQL().sql)).toThrow(ScopeViolationError);
  });

  it('lets work that is declared unscoped through', async () => {
    const query = db.select().from(users).toSQL().sql;
    await withoutScope('test', async () => expect(() => checkScope(query)).not.toThrow());
    expect(() => checkScope(query)).toThrow(ScopeViolationError);
  });
});
