import { and, eq, inArray } from 'drizzle-orm';
import type { ActorCtx, Services } from '../platform/context';
import { inScope, systemScope } from '../platform/policy/policy';
import { organizations } from '../modules/organizations/organizations.tables';
import { gradeEvaluations } from '../modules/grading/grading.tables';
import { defaultIndexTree } from '../modules/grading/default-index';
import { manualLeaves } from '../modules/grading/index-tree';
import type { ComputedIndicators } from '../modules/grading/metrics';
import { enrolForGrade } from '../modules/grading/enrol-for-grade';
import { applyForGrade } from '../modules/grading/apply-for-grade';
import { nameGradePanel } from '../modules/grading/name-grade-panel';
import { submitGradeScores } from '../modules/grading/submit-grade-scores';
import { proposeGrade } from '../modules/grading/propose-grade';
import { publishGradeNotice } from '../modules/grading/publish-grade-notice';
import { confirmGrade } from '../modules/grading/confirm-grade';
import { demoActors } from './demo-actors';

/**
 * The two grades already confirmed were assessed before the supervision records were kept on the
 * platform: their computed indicators are the figures the bureau checked on paper at the time.
 */
const paperFigures: Record<string, ComputedIndicators> = {
  '高基里社区夕阳红舞蹈队': {
    annualReports: { value: 100, points: 80 }, satisfaction: { value: 96.4, points: 144.6 }, creditStatus: { value: 0, points: 60 },
    partyOrganization: { value: 2, points: 96 }, leaderPartyMember: { value: 1, points: 40 }, workReports: { value: 100, points: 60 },
  },
  '鹤堂社区红棉义工服务队': {
    annualReports: { value: 67, points: 53.33 }, satisfaction: { value: 91.2, points: 136.8 }, creditStatus: { value: 0, points: 60 },
    partyOrganization: { value: 1, points: 60 }, leaderPartyMember: { value: 1, points: 40 }, workReports: { value: 100, points: 60 },
  },
};

/** An expert's points: each manual indicator at `share` of its points, to the half point. */
const scoresAt = (share: number) => ({
  noConflict: true as const,
  scores: manualLeaves(defaultIndexTree).map((leaf) => ({ indicatorKey: leaf.key, points: Math.round(leaf.points * share * 2) / 2 })),
});

/**
 * Grade evaluation (等级评估) in a realistic state, through the real actions: a confirmed 4A (the
 * `org` account's dance troupe, which applied) and a confirmed 3A, each with certificate, plaque and
 * archive copy; one on public notice; one whose panel is scoring.
 */
export async function seedDemoGrading(services: Services): Promise<{ evaluations: number }> {
  const actorOf = await demoActors(services);
  const bureau = actorOf('bureau');
  const reviewer = actorOf('reviewer');
  const { db } = services.database;
  const rows = await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(and(
    inArray(organizations.name, ['高基里社区夕阳红舞蹈队', '鹤堂社区红棉义工服务队', '花厅社区巾帼志愿服务队', '高基里社区红马甲志愿服务队']),
    eq(organizations.status, 'active'), inScope(systemScope, organizations),
  ));
  const idOf = (name: string) => rows.find((r) => r.name === name)?.id;
  const start = async (ctx: ActorCtx, name: string, apply = false) => {
    const organizationId = idOf(name);
    if (!organizationId) return null;
    const started = apply ? await applyForGrade({ ctx, input: { organizationId } }) : await enrolForGrade({ ctx, input: { organizationId } });
    await nameGradePanel({ ctx: bureau, id: started.id, input: { reviewerIds: [reviewer.actor.userId] } });
    return started.id;
  };
  const refreeze = (id: string, name: string) =>
    db.update(gradeEvaluations).set({ computed: paperFigures[name] }).where(and(eq(gradeEvaluations.id, id), inScope(systemScope, gradeEvaluations)));
  const throughNotice = async (id: string, share: number) => {
    await submitGradeScores({ ctx: reviewer, id, input: scoresAt(share) });
    await proposeGrade({ ctx: bureau, id });
    await publishGradeNotice({ ctx: bureau, id });
  };
  let evaluations = 0;
  for (const [name, share, apply] of [['高基里社区夕阳红舞蹈队', 0.9, true], ['鹤堂社区红棉义工服务队', 0.92, false]] as const) {
    const id = await start(apply ? actorOf('org') : bureau, name, apply);
    if (!id) continue;
    await refreeze(id, name);
    await throughNotice(id, share);
    // The notice period has run its course (公示期满) without objection.
    await db.update(gradeEvaluations).set({ noticeEndsOn: '2000-01-01' }).where(and(eq(gradeEvaluations.id, id), inScope(systemScope, gradeEvaluations)));
    await confirmGrade({ ctx: bureau, id, input: { note: '公示期满无异议，予以确认' } });
    evaluations++;
  }
  const onNotice = await start(bureau, '花厅社区巾帼志愿服务队');
  if (onNotice) { await throughNotice(onNotice, 0.9); evaluations++; }
  if (await start(bureau, '高基里社区红马甲志愿服务队')) evaluations++;
  return { evaluations };
}
