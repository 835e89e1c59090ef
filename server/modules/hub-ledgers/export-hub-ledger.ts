import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { ConflictError } from '../../platform/errors';
import { findLedgerInScope } from './hub-scope';
import { ledgerTitle, writeLedgerWorkbook } from './ledger-workbook';
import type { HubLedgerFigures } from './ledger-figures';

/** The ledger as an Excel workbook in its fixed layout, named by its title. */
export async function exportHubLedger({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'hubLedger.read');
  const ledger = await findLedgerInScope(ctx, id);
  const figures = ledger.figures as HubLedgerFigures | null;
  if (!figures) throw new ConflictError('hubLedgerNotGenerated');
  return { fileName: ledgerTitle(figures), buffer: await writeLedgerWorkbook(figures, { dueOn: ledger.dueOn, remarks: ledger.remarks }) };
}
