import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { insertRows } from '../../platform/db/insert-rows';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { ConflictError, ValidationError } from '../../platform/errors';
import { blindIndex, encryptField, type FieldKeys } from '../../platform/crypto/sm';
import { parseResidentId } from '../../platform/validators';
import { parseAndValidate, type ImportDefinition } from '../../platform/excel/import';
import { importValidationError } from '../../platform/excel/import-errors';
import { organizations, rosterMembers } from '../organizations/organizations.tables';
import { assertDraft, findFilingInScope } from './find-filing';
import { rosterMemberInputSchema } from './filings.schemas';
import type { ProposedRosterMember } from './filings.tables';
import { writeChangeRoster } from './proposed-change-writes';

type RosterInput = z.infer<typeof rosterMemberInputSchema>;

const yesNo = z.string().trim().optional().transform((v) => v === '是' || v?.toLowerCase() === 'yes' || v === '1');

/** 成员花名册 as a spreadsheet: one row per member, checked whole before anything is kept. */
export const rosterImport: ImportDefinition<RosterInput> = {
  name: 'roster',
  title: '成员花名册',
  columns: [
    { header: '姓名', key: 'name', required: true, example: '张秀英' },
    { header: '身份证号', key: 'idNumber', required: true, example: '11010519491231002X', note: '18 位居民身份证号码' },
    { header: '手机号', key: 'phone', example: '13800000000' },
    { header: '是否负责人', key: 'isLeader', example: '否', note: '填“是”或“否”' },
    { header: '是否党员', key: 'partyMember', example: '否', note: '填“是”或“否”' },
  ],
  rowSchema: z.object({
    name: z.string().trim().min(1).max(50),
    idNumber: rosterMemberInputSchema.shape.idNumber,
    phone: z.string().trim().optional().transform((v) => v || undefined).pipe(rosterMemberInputSchema.shape.phone),
    isLeader: yesNo,
    partyMember: yesNo,
  }),
  uniqueBy: (m) => m.idNumber,
};

/** A roster member as stored: personal numbers encrypted, gender and birth date read from the ID. */
function encodeMember(keys: FieldKeys, m: RosterInput): ProposedRosterMember {
  const facts = parseResidentId(m.idNumber)!;
  return {
    name: m.name, gender: facts.gender, birthDate: facts.birthDate,
    idNumberEnc: encryptField(keys, m.idNumber), idNumberIndex: blindIndex(keys, m.idNumber),
    phoneEnc: m.phone ? encryptField(keys, m.phone) : null, isLeader: m.isLeader, partyMember: m.partyMember,
  };
}

/**
 * Replaces the whole roster of a draft case (hand entry and import both end here): a first filing's
 * roster is the organization's own; a change's is its proposal until the change is filed.
 */
async function writeRoster(ctx: ActorCtx, filingId: string, members: RosterInput[], source: 'form' | 'excel') {
  const { filing, organization } = await findFilingInScope(ctx, filingId);
  assertDraft(filing);
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (seen.has(m.idNumber)) throw new ValidationError('validation', {}, [{ path: `members.${i}.idNumber`, key: 'rosterDuplicatePerson' }]);
    seen.add(m.idNumber);
  });
  const encoded = members.map((m) => encodeMember(ctx.services.fieldKeys, m));
  if (filing.kind === 'change') return writeChangeRoster(ctx, filing, encoded, source);
  if (filing.kind !== 'filing') throw new ConflictError('filingNotEditable');
  await ctx.db.transaction(async (tx) => {
    const own = and(eq(rosterMembers.districtCode, organization.districtCode), eq(rosterMembers.organizationId, organization.id), inScope(ctx.actor, rosterMembers));
    await tx.delete(rosterMembers).where(own);
    if (encoded.length) {
      await insertRows(tx, rosterMembers, encoded.map((m) => ({
        ...m, districtCode: organization.districtCode, organizationId: organization.id, jurisdictionCode: organization.jurisdictionCode,
      })));
    }
    await updateMemberCount(tx, ctx, organization, members.length);
    await recordAudit(tx, auditActor(ctx), { action: 'filing.roster', targetType: 'filing', targetId: filing.id, details: { members: members.length, source } });
  });
  return { members: members.length };
}

async function updateMemberCount(tx: Db, ctx: ActorCtx, organization: { districtCode: string; id: string }, count: number) {
  await tx.update(organizations).set({ memberCount: count, updatedAt: new Date() })
    .where(and(eq(organizations.districtCode, organization.districtCode), eq(organizations.id, organization.id), inScope(ctx.actor, organizations)));
}

export async function replaceRoster({ ctx, id, members }: { ctx: ActorCtx; id: string; members: RosterInput[] }) {
  await authorize(ctx, 'filing.edit');
  return writeRoster(ctx, id, members, 'form');
}

/** Excel import: every row checked (ID check digit, duplicates); one bad row and nothing is kept. */
export async function importRoster({ ctx, id, readFile }: { ctx: ActorCtx; id: string; readFile: () => Promise<Buffer> }) {
  await authorize(ctx, 'filing.edit');
  const parsed = await parseAndValidate(rosterImport, await readFile());
  if (!parsed.ok) throw importValidationError(ctx.lang, parsed.errors);
  return writeRoster(ctx, id, parsed.rows, 'excel');
}
