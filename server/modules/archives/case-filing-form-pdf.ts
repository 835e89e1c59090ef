import type { ActorCtx } from '../../platform/context';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { renderFilingFormPdf } from './filing-form-pdf';
import { readCasePapers } from './case-papers';
import { personalNumbersFor } from './personal-numbers';

/**
 * The filing form (备案表) of a case (draft or filed) as the PDF laid out like the paper; the
 * leader's numbers in full for the street and the bureau, masked for others. Each download is audited.
 */
export async function caseFilingFormPdf({ ctx, id }: { ctx: ActorCtx; id: string }) {
  const { filing, organization, papers, note } = await readCasePapers(ctx, id);
  const numbers = personalNumbersFor(ctx);
  const content = await renderFilingFormPdf(papers.filingForm, { note, numbers });
  await recordAudit(ctx.db, auditActor(ctx), {
    action: 'archive.download', targetType: filing.kind, targetId: filing.id,
    details: { organizationId: organization.id, docType: 'filing_form', fullNumbers: numbers.full },
  });
  return { fileName: `${organization.name}-备案表.pdf`, content };
}
