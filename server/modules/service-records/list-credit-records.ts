import { and, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { containsPattern, pageWindow } from '../../platform/http/list';
import { volunteers } from '../volunteers/volunteers.tables';
import { volunteerCreditRecords } from './service-records.tables';
import { recordNames } from './record-names';
import { presentCreditRecord } from './credit-record-presenter';
import type { listCreditRecordsQuerySchema } from './service-records.schemas';

/** 诚信记载: records of volunteers whose home is in the actor's subtree, newest first. */
export async function listCreditRecords({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof listCreditRecordsQuerySchema> }) {
  await authorize(ctx, 'creditRecord.read');
  if (input.jurisdictionCode) await authorize(ctx, 'creditRecord.read', { jurisdictionCode: input.jurisdictionCode });
  const filters: SQL[] = [inScope(ctx.actor, volunteerCreditRecords)];
  if (input.jurisdictionCode) filters.push(inScope({ jurisdictionCode: input.jurisdictionCode }, volunteerCreditRecords));
  if (input.volunteerId) filters.push(eq(volunteerCreditRecords.volunteerId, input.volunteerId));
  if (input.kind) filters.push(eq(volunteerCreditRecords.kind, input.kind));
  if (input.status) filters.push(eq(volunteerCreditRecords.status, input.status));
  if (input.q) filters.push(ilike(volunteers.name, containsPattern(input.q)));
  const where = and(...filters);
  // The record is in scope; its volunteer is read for the name only (they may have moved home since).
  const join = and(eq(volunteers.districtCode, volunteerCreditRecords.districtCode), eq(volunteers.id, volunteerCreditRecords.volunteerId), inScope(systemScope, volunteers));
  const { limit, offset } = pageWindow(input);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select({ record: volunteerCreditRecords, volunteerName: volunteers.name }).from(volunteerCreditRecords).leftJoin(volunteers, join)
      .where(where).orderBy(desc(volunteerCreditRecords.createdAt), desc(volunteerCreditRecords.id)).limit(limit).offset(offset),
    ctx.db.select({ total: count() }).from(volunteerCreditRecords).leftJoin(volunteers, join).where(where),
  ]);
  const names = await recordNames(ctx.db, rows.map((r) => r.record));
  return {
    items: rows.map(({ record, volunteerName }) => presentCreditRecord(record, { volunteerName, placeName: names.placeName(record.jurisdictionCode) })),
    total, page: input.page, pageSize: input.pageSize,
  };
}
