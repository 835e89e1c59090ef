import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError } from '../../platform/errors';
import { shanghaiDate } from '../../platform/dates';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { appendArchiveDocument } from '../archives/archive-filed-version';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { gradeEvaluations } from './grading.tables';
import { expectState, findGradeEvaluation } from './find-grade-evaluation';
import { highGrades } from './grade-bands';
import { bureauName, gradeResultPaper } from './grade-certificate';
import { moveEvaluation } from './move-evaluation';
import { getGradeEvaluation } from './get-grade-evaluation';
import type { confirmGradeBodySchema } from './grading.schemas';

/** The day before the same date `years` later: a grade confirmed on 2026-12-04 for 5 years holds until 2031-12-03. */
export function validUntil(from: string, years: number): string {
  const [y, m, d] = from.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** 清城区社评〔2026〕007号: numbered per district and year. */
async function nextCertificateNumber(tx: Db, districtCode: string, year: string): Promise<string> {
  const [[{ n }], names] = await Promise.all([
    tx.select({ n: count() }).from(gradeEvaluations).where(and(
      eq(gradeEvaluations.districtCode, districtCode), isNotNull(gradeEvaluations.certificateNumber),
      sql`extract(year from ${gradeEvaluations.confirmedAt} at time zone 'Asia/Shanghai') = ${Number(year)}`,
      // Numbering counts every certificate of the district, whoever confirms.
      inScope(systemScope, gradeEvaluations),
    )),
    jurisdictionNames(tx, [districtCode]),
  ]);
  return `${names.get(districtCode) ?? districtCode}社评〔${year}〕${String(n + 1).padStart(3, '0')}号`;
}

/**
 * After the notice, the bureau confirms the grade: it is published with its validity
 * (`grade.validityYears`), a numbered certificate kept in the archive, and for 3A and above the
 * plaque (牌匾) recorded as issued. Below the pass mark the result is recorded without a grade.
 */
export async function confirmGrade({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof confirmGradeBodySchema> }) {
  await authorize(ctx, 'grade.manage');
  const { evaluation, organization } = await findGradeEvaluation(ctx, id);
  expectState(evaluation, 'notice');
  const now = new Date();
  const today = shanghaiDate(now);
  if (evaluation.noticeEndsOn && today <= evaluation.noticeEndsOn) throw new ConflictError('gradeNoticeRunning', { endsOn: evaluation.noticeEndsOn });
  const grade = evaluation.proposedGrade!;
  const graded = grade !== 'none';
  const [years, issuer] = await Promise.all([ctx.services.settings.get('grade.validityYears'), bureauName(ctx.db, evaluation.districtCode)]);
  await ctx.db.transaction(async (tx) => {
    const certificateNumber = graded ? await nextCertificateNumber(tx, evaluation.districtCode, today.slice(0, 4)) : null;
    const until = graded ? validUntil(today, years) : null;
    await moveEvaluation(tx, ctx, evaluation, ['notice'], {
      state: 'confirmed', grade, confirmedAt: now, validUntil: until, certificateNumber,
      plaqueIssuedOn: highGrades.includes(grade) ? today : null, decisionNote: input.note || null,
    });
    const paper = gradeResultPaper({
      organizationName: organization.name, grade, totalScore: evaluation.totalScore!, certificateNumber, confirmedOn: today, validUntil: until, issuer,
    });
    await appendArchiveDocument(tx, {
      districtCode: organization.districtCode, organizationId: organization.id, docType: 'grade',
      title: graded ? `社会组织评估等级证书（${grade}）` : '社会组织等级评估结果通知', snapshot: paper, issuedBy: issuer, issuedOn: today, createdBy: ctx.actor.userId,
    });
    await recordAudit(tx, auditActor(ctx), {
      action: 'grade.confirm', targetType: 'grade_evaluation', targetId: evaluation.id,
      details: { organizationId: organization.id, grade, certificateNumber, validUntil: until },
    });
    await recordOrganizationEvent(tx, {
      organization, kind: 'grading.confirmed', subjectId: evaluation.id, details: { grade, validUntil: until }, actorId: ctx.actor.userId, at: now,
    });
  });
  return getGradeEvaluation({ ctx, id });
}
