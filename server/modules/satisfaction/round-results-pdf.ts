import type { ActorCtx } from '../../platform/context';
import { shanghaiDate } from '../../platform/dates';
import { ConflictError } from '../../platform/errors';
import { authorize } from '../../platform/policy/authorize';
import { renderPaperPdf } from '../archives/paper-pdf';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { findRoundInScope } from './find-round';
import { readRoundResults } from './list-round-results';
import { exportRowLimit } from '../../platform/http/list';
import { roundFigures } from './round-figures';
import { resultPaper, roundIssuer } from './result-paper';

/** The round's result paper (测评结果), every organization ranked, as a PDF to print or post. */
export async function roundResultsPdf({ ctx, id }: { ctx: ActorCtx; id: string }) {
  await authorize(ctx, 'satisfaction.read');
  const round = await findRoundInScope(ctx, id);
  if (round.state !== 'closed') throw new ConflictError('satisfactionRoundNotClosed');
  const [results, names, figures] = await Promise.all([
    readRoundResults(ctx, round, { limit: exportRowLimit, offset: 0 }),
    jurisdictionNames(ctx.db, [round.jurisdictionCode]),
    roundFigures(ctx.db, ctx.actor, [round.id]),
  ]);
  const paper = resultPaper({
    round, issuer: roundIssuer(round, names.get(round.jurisdictionCode) ?? ''), issuedOn: shanghaiDate(round.closedAt!),
    lines: results.items, evaluatorCount: figures.get(round.id)!.submittedCount,
  });
  return { title: round.title, content: await renderPaperPdf(paper) };
}
