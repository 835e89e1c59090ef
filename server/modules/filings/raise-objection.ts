import type { z } from 'zod';
import type { Ctx } from '../../platform/context';
import { ConflictError } from '../../platform/errors';
import { encryptField } from '../../platform/crypto/sm';
import { recordAudit } from '../../platform/audit/audit';
import { notifyRoleAt } from '../notifications/notify';
import { objections } from './filings.tables';
import { filingOnNotice } from './public-notices';
import type { objectionBodySchema } from './objections.schemas';

/** Anyone may object to a filing under notice: a reason is required, a contact is optional (kept encrypted). */
export async function raiseObjection({ ctx, filingId, input }: { ctx: Ctx; filingId: string; input: z.infer<typeof objectionBodySchema> }) {
  const filing = await filingOnNotice(ctx.services, filingId);
  if (!filing) throw new ConflictError('noticeClosed');
  return ctx.db.transaction(async (tx) => {
    const [objection] = await tx.insert(objections).values({
      districtCode: filing.districtCode, filingId: filing.id, jurisdictionCode: filing.jurisdictionCode, reason: input.reason,
      contactEnc: input.contact ? encryptField(ctx.services.fieldKeys, input.contact) : null,
    }).returning();
    await notifyRoleAt(tx, 'street', filing.jurisdictionCode.slice(0, 9), { title: '备案公示收到异议，请及时处理', body: input.reason.slice(0, 200), link: `/admin/filings/${filing.id}` });
    await recordAudit(tx, { username: 'public', role: 'public', jurisdictionCode: filing.jurisdictionCode, sourceAddress: ctx.sourceAddress }, {
      action: 'filing.objection', targetType: 'filing', targetId: filing.id, details: { objectionId: objection.id },
    });
    return { id: objection.id };
  });
}
