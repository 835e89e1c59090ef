import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { organizations } from '../../modules/organizations/organizations.tables';
import { inScope, inScopeSlots, scopeShapeOf, scopeValues } from './policy';

const dialect = new PgDialect();

describe('inScopeSlots', () => {
  // A prepared read must limit rows exactly as inScope does, for every level of actor.
  it.each([
    ['province', '44', organizations],
    ['city', '4418', organizations],
    ['district', '441802', organizations],
    ['committee', '441802006001', organizations],
    ['committee, table without a district column', '441802006001', { jurisdictionCode: organizations.jurisdictionCode }],
  ])('is inScope with placeholders for a %s', (_level, jurisdictionCode, table) => {
    const scope = { jurisdictionCode };
    const direct = dialect.sqlToQuery(inScope(scope, table));
    const slotted = dialect.sqlToQuery(inScopeSlots(scopeShapeOf(scope), table));
    expect(slotted.sql).toBe(direct.sql);
    expect(fillPlaceholders(slotted.params, scopeValues(scope))).toEqual(direct.params);
  });

  it('names a second scope’s placeholders by its slot', () => {
    const query = dialect.sqlToQuery(inScopeSlots('district', organizations, 'node'));
    expect(fillPlaceholders(query.params, scopeValues({ jurisdictionCode: '441802006' }, 'node'))).toEqual(['441802', '441802006%']);
  });
});
