import { and, eq, inArray } from 'drizzle-orm';
import type { Services } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { asOfIn, type JobDefinition } from '../../platform/jobs/jobs';
import { inScope, systemScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { systemAuditActor } from '../../platform/audit/audit-actor';
import { dormantWebZh } from '../../../common/i18n/supervision/dormant';
import { notifyRoleAt } from '../notifications/notify';
import type { Organization } from '../organizations/find-organization';
import { organizations } from '../organizations/organizations.tables';
import { recordOrganizationEvent } from '../org-timeline/record-event';
import { dormantProposals } from './dormant.tables';
import { dormantCriteriaMet, type CriterionMet, type DormantRules } from './dormant-criteria';

const criteriaWords = (criteria: CriterionMet[]) => criteria.map((c) => dormantWebZh.criteriaNames[c.criterion]).join('、');

/**
 * Daily: every active filed or registered organization meeting any dormant criterion (seed 003:
 * 连续2年以上不参加年检年报…) gets one open proposal, and the deciding level — the street for a filed
 * organization, the bureau for a registered one — is told. A criterion newly met while the proposal
 * is open is added to it.
 */
export async function proposeDormantOrganizations(services: Services, now = new Date()): Promise<{ proposed: number; extended: number }> {
  const { db } = services.database;
  const rules: DormantRules = {
    annualDueDate: await services.settings.get('annualReport.dueDate'),
    inactiveSince: await services.settings.get('dormant.inactiveSince'),
    unreachableAttempts: await services.settings.get('dormant.unreachableAttempts'),
  };
  const candidates = await db.select().from(organizations).where(and(
    eq(organizations.status, 'active'), inArray(organizations.orgClass, ['filed', 'registered']), inScope(systemScope, organizations),
  ));
  const counts = { proposed: 0, extended: 0 };
  for (const organization of candidates) {
    const met = await dormantCriteriaMet(db, organization, now, rules);
    if (!met.length) continue;
    const [open] = await db.select().from(dormantProposals).where(and(
      eq(dormantProposals.districtCode, organization.districtCode), eq(dormantProposals.organizationId, organization.id),
      eq(dormantProposals.state, 'proposed'), inScope(systemScope, dormantProposals),
    ));
    if (open) {
      const added = met.filter((m) => !open.criteria.some((c) => c.criterion === m.criterion));
      if (!added.length) continue;
      await db.transaction(async (tx) => {
        await tx.update(dormantProposals).set({ criteria: [...open.criteria, ...added], updatedAt: now })
          .where(and(eq(dormantProposals.districtCode, open.districtCode), eq(dormantProposals.id, open.id), inScope(systemScope, dormantProposals)));
        await recordOrganizationEvent(tx, { organization, kind: 'dormant.criteriaAdded', subjectId: open.id, actorId: null, at: now, details: { criteria: criteriaWords(added) } });
        await recordAudit(tx, systemAuditActor(organization.jurisdictionCode), {
          action: 'dormant.extend', targetType: 'dormant_proposal', targetId: open.id, details: { organizationId: organization.id, added: added.map((a) => a.criterion) },
        });
      });
      counts.extended++;
      continue;
    }
    await db.transaction(async (tx) => {
      const [proposal] = await tx.insert(dormantProposals).values({
        districtCode: organization.districtCode, organizationId: organization.id, jurisdictionCode: organization.jurisdictionCode, criteria: met, proposedAt: now,
      }).returning();
      await recordOrganizationEvent(tx, { organization, kind: 'dormant.proposed', subjectId: proposal.id, actorId: null, at: now, details: { criteria: criteriaWords(met) } });
      await notifyDecider(tx, organization, { title: `“${organization.name}”列为僵尸型社会组织清理对象（${criteriaWords(met)}），请作出决定`, link: '/admin/dormant' });
      await recordAudit(tx, systemAuditActor(organization.jurisdictionCode), {
        action: 'dormant.propose', targetType: 'dormant_proposal', targetId: proposal.id, details: { organizationId: organization.id, criteria: met.map((m) => m.criterion) },
      });
    });
    counts.proposed++;
  }
  return counts;
}

/** The street office decides for a filed organization, the district bureau for a registered one. */
export function deciderOf(organization: Pick<Organization, 'orgClass' | 'streetCode' | 'districtCode'>): { role: 'street' | 'bureau'; code: string } {
  return organization.orgClass === 'filed' ? { role: 'street', code: organization.streetCode } : { role: 'bureau', code: organization.districtCode };
}

function notifyDecider(tx: Db, organization: Organization, message: { title: string; link: string }) {
  const { role, code } = deciderOf(organization);
  return notifyRoleAt(tx, role, code, message);
}

export const proposeDormantJob: JobDefinition = {
  name: 'dormant.propose',
  cron: '30 7 * * *',
  acceptsAsOf: true,
  async run(services, data) {
    await proposeDormantOrganizations(services, asOfIn(data));
  },
};
