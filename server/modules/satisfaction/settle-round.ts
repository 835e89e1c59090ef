import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Services } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { shanghaiDate } from '../../platform/dates';
import { ConflictError } from '../../platform/errors';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit, type AuditActor } from '../../platform/audit/audit';
import { appendArchiveDocument } from '../archives/archive-filed-version';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { notifyRoleAt } from '../notifications/notify';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { organizations } from '../organizations/organizations.tables';
import { satisfactionEvaluators, satisfactionResults, satisfactionRounds, satisfactionScores } from './satisfaction.tables';
import { scoreRound } from './satisfaction-score';
import { latestSatisfactionRatings } from './latest-ratings';
import { resultPaper, roundIssuer, type ResultLine } from './result-paper';
import type { SatisfactionRound } from './find-round';

/**
 * Closes a round inside the caller's transaction (the opener's close, or the daily job once its
 * closing date has passed) and writes its results: per organization the weighted score, rank and
 * rating, kept in its archive and timeline. An organization unsatisfied in this round and in its
 * previous closed round is flagged for exit review (退出评估) and its street told. Platform work on a
 * round the caller already reached: the system scope.
 */
export async function settleRound(tx: Db, services: Services, round: SatisfactionRound, closer: { userId: string | null; audit: AuditActor }, at = new Date()) {
  const roundKey = and(eq(satisfactionRounds.districtCode, round.districtCode), eq(satisfactionRounds.id, round.id), inScope(systemScope, satisfactionRounds));
  // Ballots take this row for share: none lands once the results are being computed.
  const [current] = await tx.select({ state: satisfactionRounds.state }).from(satisfactionRounds).where(roundKey).for('update');
  if (current.state !== 'open') throw new ConflictError('satisfactionRoundAlreadyClosed');

  const [scores, bands, submitted] = await Promise.all([
    tx.select({
      evaluatorId: satisfactionScores.evaluatorId, kind: satisfactionEvaluators.kind, organizationId: satisfactionScores.organizationId,
      itemKey: satisfactionScores.itemKey, score: satisfactionScores.score,
    }).from(satisfactionScores)
      .innerJoin(satisfactionEvaluators, and(
        eq(satisfactionEvaluators.districtCode, satisfactionScores.districtCode), eq(satisfactionEvaluators.id, satisfactionScores.evaluatorId),
        inScope(systemScope, satisfactionEvaluators),
      ))
      .where(and(eq(satisfactionScores.districtCode, round.districtCode), eq(satisfactionScores.roundId, round.id), inScope(systemScope, satisfactionScores))),
    services.settings.get('satisfaction.bands'),
    tx.select({ id: satisfactionEvaluators.id }).from(satisfactionEvaluators).where(and(
      eq(satisfactionEvaluators.districtCode, round.districtCode), eq(satisfactionEvaluators.roundId, round.id),
      isNotNull(satisfactionEvaluators.submittedAt), inScope(systemScope, satisfactionEvaluators),
    )),
  ]);
  const results = scoreRound({ scale: round.scale, items: round.items, weights: round.weights, bands, scores });
  const ids = results.map((r) => r.organizationId);
  const [previous, orgRows, names] = await Promise.all([
    latestSatisfactionRatings(tx, ids),
    ids.length
      ? tx.select().from(organizations).where(and(eq(organizations.districtCode, round.districtCode), inArray(organizations.id, ids), inScope(systemScope, organizations)))
      : Promise.resolve([]),
    jurisdictionNames(tx, [round.jurisdictionCode]),
  ]);
  const organizationOf = new Map(orgRows.map((o) => [o.id, o]));
  const lines = results.map((r): ResultLine & { organizationId: string } => ({
    ...r, organizationName: organizationOf.get(r.organizationId)!.name,
    exitReview: r.rating === 'unsatisfied' && previous.get(r.organizationId)?.rating === 'unsatisfied',
  }));

  if (lines.length) {
    await tx.insert(satisfactionResults).values(lines.map((l) => ({
      districtCode: round.districtCode, roundId: round.id, organizationId: l.organizationId, jurisdictionCode: organizationOf.get(l.organizationId)!.jurisdictionCode,
      score: l.score, rank: l.rank, rating: l.rating, byKind: l.byKind, byItem: l.byItem, evaluatorCount: l.evaluatorCount, exitReview: l.exitReview, closedAt: at,
    })));
  }
  await tx.update(satisfactionRounds).set({ state: 'closed', closedBy: closer.userId, closedAt: at, updatedAt: at }).where(roundKey);

  const issuer = roundIssuer(round, names.get(round.jurisdictionCode) ?? '');
  const issuedOn = shanghaiDate(at);
  for (const line of lines) {
    const organization = organizationOf.get(line.organizationId)!;
    await appendArchiveDocument(tx, {
      districtCode: round.districtCode, organizationId: organization.id, docType: 'evaluation', title: `${round.title}结果`,
      snapshot: resultPaper({ round, issuer, issuedOn, lines, evaluatorCount: submitted.length, focus: line }), issuedBy: issuer, issuedOn, createdBy: closer.userId,
    });
    await recordOrganizationEvent(tx, {
      organization, kind: 'satisfaction.rated', subjectId: round.id, actorId: closer.userId, at,
      details: { title: round.title, score: line.score, rank: line.rank, rating: line.rating, of: lines.length },
    });
    if (line.exitReview) {
      await recordOrganizationEvent(tx, { organization, kind: 'satisfaction.exitReview', subjectId: round.id, actorId: closer.userId, at, details: { title: round.title } });
      await notifyRoleAt(tx, 'street', organization.streetCode, {
        title: `${organization.name}连续两轮满意度测评为“不满意”，请进行退出评估`, body: `${issuer}“${round.title}”综合得分 ${line.score.toFixed(2)}。`,
        link: '/admin/satisfaction?tab=exit',
      });
    }
  }
  await recordAudit(tx, closer.audit, {
    action: 'satisfaction.close', targetType: 'satisfaction_round', targetId: round.id,
    details: { results: lines.length, evaluators: submitted.length, exitReviews: lines.filter((l) => l.exitReview).length },
  });
  return { results: lines.length, exitReviews: lines.filter((l) => l.exitReview).length };
}
