import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { findOrganizationInReach } from '../organizations/find-organization';
import { startGradeEvaluation } from './start-grade-evaluation';
import { getGradeEvaluation } from './get-grade-evaluation';
import type { gradeApplicationBodySchema } from './grading.schemas';

/** The bureau enrols an organization of its subtree in a grade evaluation (组织参评). */
export async function enrolForGrade({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof gradeApplicationBodySchema> }) {
  await authorize(ctx, 'grade.manage');
  const organization = await findOrganizationInReach(ctx, input.organizationId);
  const id = await startGradeEvaluation(ctx, organization, 'enrolled');
  return getGradeEvaluation({ ctx, id });
}
