import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { ConflictError } from '../../platform/errors';
import { shanghaiDate } from '../../platform/dates';
import { renderPaperPdf } from '../archives/paper-pdf';
import { findGradeEvaluation } from './find-grade-evaluation';
import { bureauName, gradeResultPaper } from './grade-certificate';

/** The grade certificate of a confirmed evaluation as a PDF (the same paper the archive keeps). */
export async function getGradeCertificate({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'grade.read');
  const { evaluation, organization } = await findGradeEvaluation(ctx, id);
  if (evaluation.state !== 'confirmed' || !evaluation.grade || evaluation.grade === 'none') throw new ConflictError('gradeNoCertificate');
  const paper = gradeResultPaper({
    organizationName: organization.name, grade: evaluation.grade, totalScore: evaluation.totalScore!, certificateNumber: evaluation.certificateNumber,
    confirmedOn: shanghaiDate(evaluation.confirmedAt!), validUntil: evaluation.validUntil, issuer: await bureauName(ctx.db, evaluation.districtCode),
  });
  return { fileName: `${organization.name}-评估等级证书`, content: await renderPaperPdf(paper) };
}
