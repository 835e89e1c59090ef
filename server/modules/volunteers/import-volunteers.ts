import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inSubtree } from '../../platform/policy/policy';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { blindIndex } from '../../platform/crypto/sm';
import type { FieldError } from '../../platform/errors';
import { mobileSchema, residentIdSchema } from '../../platform/validators';
import { parseAndValidate, type ImportDefinition, type RowError } from '../../platform/excel/import';
import { importValidationError } from '../../platform/excel/import-errors';
import { volunteerIdNumbers } from './volunteers.tables';
import { insertVolunteer } from './insert-volunteer';
import { knownCommunities, volunteerFactErrors, volunteerVocabulary, type VolunteerVocabulary } from './volunteer-facts';
import { enrolmentTeam } from './enrolment-team';
import { teamOpenTo } from './find-unit';
import { addMembership } from './team-membership';

/** 技能特长 and 服务意向 cells: dictionary names (or codes) separated by 、 , ; or line breaks. */
const wordList = z.string().trim().transform((v) => v.split(/[、,，;；\n]+/).map((w) => w.trim()).filter(Boolean));

const rowSchema = z.object({
  name: z.string().trim().min(2).max(50),
  idNumber: residentIdSchema,
  phone: mobileSchema,
  jurisdictionCode: z.string().trim().regex(/^(\d{12})?$/, 'volunteerCommunityUnknown'),
  skills: wordList,
  interests: wordList,
  availability: z.string().trim().max(200),
  consentOnPaper: z.string().trim().refine((v) => ['是', 'yes', 'y', '1'].includes(v.toLowerCase()), 'volunteerConsentOnPaper'),
});
type VolunteerRow = z.infer<typeof rowSchema>;

/** 志愿者名册 as a spreadsheet: checked whole (ID check digits, duplicates, places, vocabulary) before anything is kept. */
export const volunteerImport: ImportDefinition<VolunteerRow> = {
  name: 'volunteers',
  title: '志愿者名册',
  columns: [
    { header: '姓名', key: 'name', required: true, example: '张秀英' },
    { header: '身份证号', key: 'idNumber', required: true, example: '11010519491231002X', note: '18 位居民身份证号码；一人只能注册一次' },
    { header: '手机号', key: 'phone', required: true, example: '13800000000' },
    { header: '常住社区代码', key: 'jurisdictionCode', example: '441802006001', note: '12 位区划代码；账号设在社区的，留空即为本社区' },
    { header: '技能特长', key: 'skills', example: '医疗护理、文艺表演', note: '字典“技能特长”中的名称，多个用顿号分隔' },
    { header: '服务意向', key: 'interests', example: '助老服务', note: '字典“服务类型”中的名称，多个用顿号分隔' },
    { header: '可服务时间', key: 'availability', example: '周末上午' },
    { header: '已签纸质同意书', key: 'consentOnPaper', required: true, example: '是', note: '填“是”：本人已签署纸质《志愿者个人信息处理同意书》' },
  ],
  rowSchema,
  uniqueBy: (row) => row.idNumber,
};

const headerOf = new Map(volunteerImport.columns.map((c) => [c.key, c.header]));

/** A dictionary word as its code: the code itself, or the entry whose Chinese or English name it is. */
function toCodes(words: string[], entries: VolunteerVocabulary['skills']): string[] {
  return words.map((word) => (entries.has(word) ? word : [...entries.values()].find((e) => e.labelZh === word || e.labelEn === word)?.code ?? word));
}

/**
 * Excel import by a committee or an organization (into one of its teams, `teamId`): every row is
 * checked, including IDs already registered; one bad row and nothing is kept.
 */
export async function importVolunteers({ ctx, teamId, readFile }: { ctx: ActorCtx; teamId?: string; readFile: () => Promise<Buffer> }) {
  await authorize(ctx, 'volunteer.enrol');
  const { team } = await enrolmentTeam(ctx, teamId);
  const parsed = await parseAndValidate(volunteerImport, await readFile());
  if (!parsed.ok) throw importValidationError(ctx.lang, parsed.errors);
  if (!parsed.rows.length) throw importValidationError(ctx.lang, [{ row: 2, message: 'volunteerImportEmpty' }]);

  const ownCommunity = ctx.actor.jurisdictionCode.length === 12 ? ctx.actor.jurisdictionCode : '';
  const vocabulary = await volunteerVocabulary(ctx.db);
  const rows = parsed.rows.map((row) => ({
    ...row, jurisdictionCode: row.jurisdictionCode || ownCommunity,
    skills: toCodes(row.skills, vocabulary.skills), interests: toCodes(row.interests, vocabulary.interests),
    idNumberIndex: blindIndex(ctx.services.fieldKeys, row.idNumber),
  }));
  const [communities, registered] = await Promise.all([
    knownCommunities(ctx.db, rows.map((r) => r.jurisdictionCode)),
    ctx.db.select({ index: volunteerIdNumbers.idNumberIndex }).from(volunteerIdNumbers).where(inArray(volunteerIdNumbers.idNumberIndex, rows.map((r) => r.idNumberIndex))),
  ]);
  const taken = new Set(registered.map((r) => r.index));
  const errors: RowError[] = rows.flatMap((row, i) => {
    const problems: FieldError[] = volunteerFactErrors(vocabulary, communities, row);
    if (communities.has(row.jurisdictionCode) && !inSubtree(ctx.actor.jurisdictionCode, row.jurisdictionCode)) {
      problems.push({ path: 'jurisdictionCode', key: 'volunteerCommunityOutOfScope' });
    } else if (team && communities.has(row.jurisdictionCode) && !teamOpenTo(team, row)) {
      problems.push({ path: 'jurisdictionCode', key: 'volunteerTeamNotOpen' });
    }
    if (taken.has(row.idNumberIndex)) problems.push({ path: 'idNumber', key: 'volunteerIdNumberTaken' });
    return problems.map((p) => ({ row: parsed.rowNumbers[i], column: headerOf.get(p.path), message: p.key }));
  });
  if (errors.length) throw importValidationError(ctx.lang, errors);

  await ctx.db.transaction(async (tx) => {
    for (const row of rows) {
      const created = await insertVolunteer(tx, ctx.services.fieldKeys, { ...row, availability: row.availability || null, source: 'import', enrolledBy: ctx.actor.userId });
      if (team) await addMembership(tx, team, created);
    }
    await recordAudit(tx, auditActor(ctx), { action: 'volunteer.import', details: { volunteers: rows.length, teamId: team?.id, consentOnPaper: true } });
  });
  return { imported: rows.length };
}
