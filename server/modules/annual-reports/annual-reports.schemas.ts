import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { divisionCodeSchema } from '../jurisdictions/jurisdictions.schemas';
import { annualReportStates } from './annual-report.workflow';

const text = (max: number) => z.string().trim().max(max);
const count = z.number().int().min(0).max(10_000_000);
/** Money in integer fen (the form takes yuan and sends fen). */
const fen = z.number().int().min(0).max(1_000_000_000_000);

/** What a report states (年报): activities, finances, members and leader changes, party building, disclosures. */
export const annualReportContentSchema = z.object({
  activities: z.object({ count, participants: count, highlights: text(2000).min(2) }),
  finances: z.object({ incomeFen: fen, expenseFen: fen, netAssetsFen: z.number().int().min(-1_000_000_000_000).max(1_000_000_000_000), sources: text(500) }),
  members: z.object({
    count, joined: count, left: count, leaderChanged: z.boolean(), leaderChange: text(500).optional(),
  }).refine((m) => !m.leaderChanged || (m.leaderChange?.length ?? 0) >= 2, { path: ['leaderChange'], message: 'annualReportLeaderChangeRequired' }),
  partyBuilding: z.object({ partyMembers: count, organization: text(200), activities: text(2000) }),
  disclosures: text(2000),
});

export const annualReportYearSchema = z.coerce.number().int().min(2000).max(2100);

export const annualReportParamsSchema = z.object({ organizationId: z.uuid(), year: annualReportYearSchema });
export const annualReportIdParamsSchema = z.object({ id: z.uuid() });

export const saveAnnualReportBodySchema = z.object({ content: annualReportContentSchema });

export const annualReportTransitionBodySchema = z.object({
  action: z.enum(['submit', 'accept', 'return']),
  opinion: text(2000).optional(),
});

export const listAnnualReportsQuerySchema = listQuerySchema.extend({
  year: annualReportYearSchema.optional(),
  state: z.enum(annualReportStates).optional(),
  jurisdictionCode: divisionCodeSchema.optional(),
  /** Reports waiting for the caller's review. */
  todo: z.stringbool().optional(),
});

export const listMissingAnnualReportsQuerySchema = listQuerySchema.extend({
  year: annualReportYearSchema.optional(),
  jurisdictionCode: divisionCodeSchema.optional(),
});
