import { and, eq, ne } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { ValidationError, type FieldError } from '../../platform/errors';
import { inScope, systemScope } from '../../platform/policy/policy';
import { charters, organizations } from '../organizations/organizations.tables';
import { missingCharterParts } from '../organizations/charter';

type Organization = typeof organizations.$inferSelect;

const requiredOrganizationFields: (keyof Organization)[] = [
  'name', 'category', 'address', 'foundedOn', 'purpose', 'businessScope', 'leaderName', 'leaderIdEnc', 'leaderPhoneEnc',
];
const fieldPath: Partial<Record<keyof Organization, string>> = { leaderIdEnc: 'leaderIdNumber', leaderPhoneEnc: 'leaderPhone' };

/**
 * What submission requires of a filing or a change (seed 001 第二条 and the local filing minimum): the filing form's items,
 * every required charter part, at least the configured number of members, and a name no live
 * organization of the same street already uses.
 */
export async function checkFilingComplete(
  ctx: ActorCtx,
  organization: Organization,
  charterSource: { charterVersion: number } | { charter: Record<string, string> },
): Promise<void> {
  const errors: FieldError[] = [];
  for (const field of requiredOrganizationFields) {
    if (organization[field] === null || organization[field] === '') {
      errors.push({ path: `organization.${fieldPath[field] ?? field}`, key: 'filingFieldRequired' });
    }
  }
  const parts = 'charter' in charterSource ? charterSource.charter : await charterParts(ctx, organization, charterSource.charterVersion);
  for (const part of missingCharterParts(parts)) errors.push({ path: `charter.${part}`, key: 'filingFieldRequired' });

  const minMembers = await ctx.services.settings.get('filing.minMembers');
  if (organization.memberCount < minMembers) errors.push({ path: 'roster', key: 'rosterTooSmall', params: { min: minMembers } });

  // Uniqueness is about every live organization of the street, not only those the actor may see.
  const [taken] = await ctx.db.select({ id: organizations.id }).from(organizations).where(and(
    eq(organizations.districtCode, organization.districtCode), eq(organizations.streetCode, organization.streetCode),
    eq(organizations.name, organization.name), eq(organizations.status, 'active'), ne(organizations.id, organization.id),
    inScope(systemScope, organizations),
  ));
  if (taken) errors.push({ path: 'organization.name', key: 'organizationNameTaken' });
  if (errors.length) throw new ValidationError('filingIncomplete', { count: errors.length }, errors);
}

async function charterParts(ctx: ActorCtx, organization: Organization, version: number): Promise<Record<string, string>> {
  const [charter] = await ctx.db.select({ parts: charters.parts }).from(charters).where(and(
    eq(charters.districtCode, organization.districtCode), eq(charters.organizationId, organization.id),
    eq(charters.version, version), inScope(ctx.actor, charters),
  ));
  return charter?.parts ?? {};
}
