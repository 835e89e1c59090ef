import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { renderPaperPdf } from '../archives/paper-pdf';
import { findNotice } from './find-notice';
import { noticePaper } from './papers';

/** The notice as the official paper it was issued as (the archive keeps the same paper). */
export async function supervisionNoticePdf({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'supervisionNotice.read');
  const { notice, item } = await findNotice(ctx, id);
  const pdf = await renderPaperPdf(noticePaper({ ...notice, organizationName: item.organizationName, issuer: item.issuerName }));
  return { name: notice.number, pdf };
}
