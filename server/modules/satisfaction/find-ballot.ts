import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { NotFoundError } from '../../platform/errors';
import { inScope, systemScope } from '../../platform/policy/policy';
import { satisfactionEvaluators, satisfactionRounds } from './satisfaction.tables';
import { hashEvaluatorToken } from './evaluator-link';

/**
 * The evaluator a link belongs to, and their round. The link is the evaluator's only credential: it is
 * looked up by its hash inside the district it names (no actor, so the system scope). An unknown or
 * re-issued token is the same clear refusal.
 */
export async function findBallot(db: Db, link: { districtCode: string; token: string }) {
  const [row] = await db.select({ evaluator: satisfactionEvaluators, round: satisfactionRounds }).from(satisfactionEvaluators)
    .innerJoin(satisfactionRounds, and(
      eq(satisfactionRounds.districtCode, satisfactionEvaluators.districtCode), eq(satisfactionRounds.id, satisfactionEvaluators.roundId),
      inScope(systemScope, satisfactionRounds),
    ))
    .where(and(
      eq(satisfactionEvaluators.districtCode, link.districtCode), eq(satisfactionEvaluators.tokenHash, hashEvaluatorToken(link.token)),
      inScope(systemScope, satisfactionEvaluators),
    ));
  if (!row) throw new NotFoundError('satisfactionLinkInvalid');
  return row;
}
