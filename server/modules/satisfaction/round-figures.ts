import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { inScope, type Scope } from '../../platform/policy/policy';
import { satisfactionEvaluators, satisfactionRoundOrganizations } from './satisfaction.tables';

export type RoundFigures = { organizationCount: number; evaluatorCount: number; submittedCount: number };

/** How many organizations and evaluators each round has, and how many evaluators submitted. */
export async function roundFigures(db: Db, scope: Scope, roundIds: string[]): Promise<Map<string, RoundFigures>> {
  if (!roundIds.length) return new Map();
  const [organizationRows, evaluatorRows] = await Promise.all([
    db.select({ roundId: satisfactionRoundOrganizations.roundId, n: count() }).from(satisfactionRoundOrganizations)
      .where(and(inArray(satisfactionRoundOrganizations.roundId, roundIds), inScope(scope, satisfactionRoundOrganizations)))
      .groupBy(satisfactionRoundOrganizations.roundId),
    db.select({
      roundId: satisfactionEvaluators.roundId, n: count(),
      submitted: sql<number>`count(${satisfactionEvaluators.submittedAt})`.mapWith(Number),
    }).from(satisfactionEvaluators)
      .where(and(inArray(satisfactionEvaluators.roundId, roundIds), inScope(scope, satisfactionEvaluators)))
      .groupBy(satisfactionEvaluators.roundId),
  ]);
  return new Map(roundIds.map((id) => {
    const evaluators = evaluatorRows.find((r) => r.roundId === id);
    return [id, {
      organizationCount: organizationRows.find((r) => r.roundId === id)?.n ?? 0,
      evaluatorCount: evaluators?.n ?? 0, submittedCount: evaluators?.submitted ?? 0,
    }];
  }));
}
