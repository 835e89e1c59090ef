import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { findOrganizationInReach } from '../organizations/find-organization';
import { startGradeEvaluation } from './start-grade-evaluation';
import { getGradeEvaluation } from './get-grade-evaluation';
import type { gradeApplicationBodySchema } from './grading.schemas';

/** An organization's leader applies for a grade evaluation of their own organization (等级评估申请). */
export async function applyForGrade({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof gradeApplicationBodySchema> }) {
  await authorize(ctx, 'grade.apply');
  const organization = await findOrganizationInReach(ctx, input.organizationId);
  const id = await startGradeEvaluation(ctx, organization, 'applied');
  return getGradeEvaluation({ ctx, id });
}
