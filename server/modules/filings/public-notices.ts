import { and, asc, count, eq, gt } from 'drizzle-orm';
import type { Services } from '../../platform/context';
import { inScope, systemScope } from '../../platform/policy/policy';
import { surnameOnly } from '../../platform/crypto/mask';
import { organizations } from '../organizations/organizations.tables';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { ancestorCodes } from '../jurisdictions/jurisdiction-queries';
import { filings } from './filings.tables';
import { caseKindLabels } from './case-kinds';

const onNotice = (now: Date) => and(eq(filings.state, 'public_notice'), gt(filings.noticeEndsAt, now), inScope(systemScope, filings));

/** 备案公示: what the public may see of filings under notice (the leader by surname only: 张某). */
export async function listPublicNotices(services: Services, input: { page: number; pageSize: number }, now = new Date()) {
  const { db } = services.database;
  const join = and(eq(organizations.districtCode, filings.districtCode), eq(organizations.id, filings.organizationId), inScope(systemScope, organizations));
  const [rows, [{ total }]] = await Promise.all([
    db.select({
      filing: { id: filings.id, kind: filings.kind, noticeStartsAt: filings.noticeStartsAt, noticeEndsAt: filings.noticeEndsAt },
      organization: {
        name: organizations.name, category: organizations.category, jurisdictionCode: organizations.jurisdictionCode, address: organizations.address,
        purpose: organizations.purpose, businessScope: organizations.businessScope, memberCount: organizations.memberCount, leaderName: organizations.leaderName,
      },
    }).from(filings).innerJoin(organizations, join)
      .where(onNotice(now)).orderBy(asc(filings.noticeEndsAt), asc(filings.id)).limit(input.pageSize).offset((input.page - 1) * input.pageSize),
    // Every filing has its organization (a foreign key), so the count needs no join: a province has thousands on notice.
    db.select({ total: count() }).from(filings).where(onNotice(now)),
  ]);
  const names = await jurisdictionNames(db, rows.flatMap((r) => [...ancestorCodes(r.organization.jurisdictionCode), r.organization.jurisdictionCode]));
  return {
    items: rows.map(({ filing, organization: o }) => ({
      id: filing.id,
      /** 备案公示, 变更公示, 退出公示 or 撤销公示: what the notice announces. */
      kind: filing.kind,
      kindLabel: caseKindLabels[filing.kind],
      organizationName: o.name,
      category: o.category,
      place: [...ancestorCodes(o.jurisdictionCode).slice(2), o.jurisdictionCode].map((c) => names.get(c) ?? c).join(' '),
      address: o.address,
      purpose: o.purpose,
      businessScope: o.businessScope,
      memberCount: o.memberCount,
      leader: surnameOnly(o.leaderName),
      noticeStartsAt: filing.noticeStartsAt!.toISOString(),
      noticeEndsAt: filing.noticeEndsAt!.toISOString(),
    })),
    total, page: input.page, pageSize: input.pageSize,
  };
}

/** The filing under notice an objection names, or null when it is not (or no longer) on notice. */
export async function filingOnNotice(services: Services, id: string, now = new Date()) {
  const [row] = await services.database.db.select().from(filings).where(and(eq(filings.id, id), onNotice(now)));
  return row ?? null;
}
