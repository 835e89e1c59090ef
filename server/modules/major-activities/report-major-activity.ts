import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, ValidationError } from '../../platform/errors';
import { shanghaiDate } from '../../platform/dates';
import { findOrganizationInReach } from '../organizations/find-organization';
import { notifyRoleAt } from '../notifications/notify';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { majorActivityReports } from './major-activities.tables';
import { acknowledgerNode } from './major-activity-scope';
import type { reportMajorActivityBodySchema } from './major-activities.schemas';

const dayMs = 86_400_000;

/**
 * The leader reports a festival, performance, competition or gathering. Who acknowledges is fixed
 * now: the street when more than `majorActivity.streetThreshold` people are expected, else the
 * committee. A report later than `majorActivity.daysBefore` days before the start is kept and
 * flagged late (the street hears of it); one for an activity already begun is refused.
 */
export async function reportMajorActivity({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof reportMajorActivityBodySchema> }) {
  await authorize(ctx, 'majorActivity.report');
  const organization = await findOrganizationInReach(ctx, input.organizationId);
  if (organization.status !== 'active') throw new ConflictError('majorActivityOrganizationInactive');
  const now = new Date();
  if (input.startsAt <= now) throw new ValidationError('validation', {}, [{ path: 'startsAt', key: 'majorActivityStartPast' }]);
  const [daysBefore, threshold] = await Promise.all([
    ctx.services.settings.get('majorActivity.daysBefore'), ctx.services.settings.get('majorActivity.streetThreshold'),
  ]);
  const acknowledgerLevel = input.expectedParticipants > threshold ? 'street' : 'committee';
  const late = input.startsAt.getTime() - now.getTime() < daysBefore * dayMs;
  return ctx.db.transaction(async (tx) => {
    const [report] = await tx.insert(majorActivityReports).values({
      districtCode: organization.districtCode, jurisdictionCode: organization.jurisdictionCode, ...input,
      acknowledgerLevel, late, state: 'submitted', reportedBy: ctx.actor.userId, reportedAt: now,
    }).returning();
    const link = `/admin/major-activities/${report.id}`;
    const what = `${organization.name}报告重大活动“${report.title}”（${shanghaiDate(report.startsAt)}，预计 ${report.expectedParticipants} 人）`;
    await notifyRoleAt(tx, acknowledgerLevel, acknowledgerNode(report), { title: `${what}${late ? '，逾期报告' : ''}，请阅知`, link });
    if (late && acknowledgerLevel === 'committee') await notifyRoleAt(tx, 'street', report.jurisdictionCode.slice(0, 9), { title: `${what}，逾期报告`, link });
    await recordOrganizationEvent(tx, {
      organization, kind: 'majorActivities.reported', subjectId: report.id, details: { title: report.title, date: shanghaiDate(report.startsAt), late }, actorId: ctx.actor.userId, at: now,
    });
    await recordAudit(tx, auditActor(ctx), {
      action: 'major_activity.report', targetType: 'major_activity', targetId: report.id, details: { organizationId: organization.id, acknowledgerLevel, late },
    });
    return { id: report.id, state: report.state, acknowledgerLevel, late };
  });
}
