import type { ActorCtx } from '../../platform/context';
import { shanghaiDate } from '../../platform/dates';
import { ConflictError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { renderPaperPdf } from '../archives/paper-pdf';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { findRoundInScope } from './find-round';
import { listRoundResults } from './list-round-results';
import { roundFigures } from './round-figures';
import { resultPaper, roundIssuer } from './result-paper';

/** The round's result paper (测评结果), every organization ranked, as a PDF to print or post. */
export async function roundResultsPdf({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'satisfaction.read');
  const round = await findRoundInScope(ctx, id);
  if (round.state !== 'closed') throw new ConflictError('satisfactionRoundNotClosed');
  const [results, names, figures] = await Promise.all([
    listRoundResults({ ctx, id, input: { page: 1, pageSize: 0, format: 'xlsx' } }),
    jurisdictionNames(ctx.db, [round.jurisdictionCode]),
    roundFigures(ctx.db, ctx.actor, [round.id]),
  ]);
  const paper = resultPaper({
    round, issuer: roundIssuer(round, names.get(round.jurisdictionCode) ?? ''), issuedOn: shanghaiDate(round.closedAt!),
    lines: results.items, evaluatorCount: figures.get(round.id)!.submittedCount,
  });
  return { title: round.title, content: await renderPaperPdf(paper) };
}
