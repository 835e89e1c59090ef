import type { ActorCtx } from '../../platform/context';
import { renderCharterPdf } from './charter-pdf';
import { readCasePapers } from './case-papers';

/** The charter of a filing case (draft or filed) as the PDF laid out like the paper. */
export async function caseCharterPdf({ ctx, id }: { ctx: ActorCtx; id: string }) {
  const { organization, papers, note } = await readCasePapers(ctx, id);
  return { fileName: `${organization.name}-章程.pdf`, content: await renderCharterPdf(papers.charter, note) };
}
