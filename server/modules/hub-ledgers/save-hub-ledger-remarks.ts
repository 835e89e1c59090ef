import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope } from '../../platform/policy/policy';
import { ConflictError } from '../../platform/errors';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { hubLedgers } from './hub-ledgers.tables';
import { openLedgerStates } from './hub-ledger.workflow';
import { findLedgerInScope } from './hub-scope';
import type { hubLedgerRemarksBodySchema } from './hub-ledgers.schemas';

/** The one thing typed by hand in a ledger: the hub's remarks, while it is a draft or was returned. */
export async function saveHubLedgerRemarks({ ctx, id, input }: { ctx: ActorCtx; id: string; input: z.infer<typeof hubLedgerRemarksBodySchema> }) {
  await authorize(ctx, 'hubLedger.generate');
  const ledger = await findLedgerInScope(ctx, id);
  return ctx.db.transaction(async (tx) => {
    const saved = await tx.update(hubLedgers).set({ remarks: input.remarks || null, updatedAt: new Date() }).where(and(
      eq(hubLedgers.districtCode, ledger.districtCode), eq(hubLedgers.id, ledger.id), inArray(hubLedgers.state, [...openLedgerStates]),
      inScope(ctx.actor, hubLedgers),
    )).returning({ remarks: hubLedgers.remarks });
    if (!saved.length) throw new ConflictError('hubLedgerLocked');
    await recordAudit(tx, auditActor(ctx), { action: 'hub_ledger.remarks', targetType: 'hub_ledger', targetId: ledger.id, details: { length: input.remarks.length } });
    return { remarks: saved[0].remarks };
  });
}
