import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/test-database';
import type { Database } from './database';
import { distributedTableNames, distributionRuleViolations } from './schema-rules';
import { citusDistributionSql } from './distribution';

let database: Database & { drop(): Promise<void> };
beforeAll(async () => { database = await openTestDatabase(); });
afterAll(async () => { await database?.drop(); });

describe('Citus key rule (DESIGN §5)', () => {
  it('holds over the whole migrated schema', async () => {
    expect(await distributionRuleViolations(database)).toEqual([]);
  });

  it('catches a table that breaks it', async () => {
    await database.query(`CREATE TABLE bad_records (id uuid PRIMARY KEY, district_code char(6) NOT NULL)`);
    await database.query(`CREATE TABLE bad_children (district_code char(6) NOT NULL, id uuid, parent uuid REFERENCES bad_records(id), PRIMARY KEY (district_code, id))`);
    const violations = await distributionRuleViolations(database);
    expect(violations).toEqual(expect.arrayContaining([
      expect.stringContaining('bad_records.bad_records_pkey: unique key must start with district_code'),
      expect.stringContaining('bad_children.bad_children_parent_fkey: foreign key to bad_records must start with district_code'),
    ]));
    await database.query('DROP TABLE bad_children, bad_records');
  });

  it('prints the distribution calls for every distributed table', async () => {
    const tables = await distributedTableNames(database);
    expect(tables).toEqual(expect.arrayContaining(['users', 'sessions', 'audit_log', 'attachments', 'notifications', 'case_transitions']));
    expect(tables).not.toContain('jurisdictions');
    const script = citusDistributionSql(tables);
    expect(script).toContain("SELECT create_reference_table('jurisdictions');");
    expect(script).toContain("SELECT create_distributed_table('users', 'district_code'");
  });
});
