import { paperDate } from '../../platform/dates';
import { streetOfficeName } from '../jurisdictions/jurisdiction-names';
import type { PaperSnapshot } from '../archives/paper-pdf';
import { evaluatorKinds, type EvaluatorKind, type SatisfactionRating } from './satisfaction.tables';
import type { SatisfactionRound } from './find-round';

/** Words as printed on the paper and in the workbook (Chinese, like every official paper). */
export const ratingZh: Record<SatisfactionRating, string> = { satisfied: '满意', basically_satisfied: '基本满意', unsatisfied: '不满意' };
export const kindZh: Record<EvaluatorKind, string> = { committee_member: '两委成员', resident_rep: '居（村）民代表', local_unit: '辖区单位' };

export type ResultLine = {
  organizationName: string; score: number; rank: number; rating: SatisfactionRating;
  byKind: Partial<Record<EvaluatorKind, number>>; byItem: Record<string, number>; evaluatorCount: number; exitReview: boolean;
};

/** 高基里社区 → 高基里社区居民委员会, 江埗村 → 江埗村村民委员会; a street → its office. */
export function roundIssuer(round: Pick<SatisfactionRound, 'jurisdictionCode'>, placeName: string): string {
  if (round.jurisdictionCode.length === 9) return streetOfficeName(placeName);
  return /村$/.test(placeName) ? `${placeName}村民委员会` : `${placeName}居民委员会`;
}

const score = (n: number | undefined) => (n === undefined ? '—' : n.toFixed(2));

/**
 * The result of a round as an official paper: the ranked table of every organization evaluated and,
 * for the copy kept in one organization's archive, that organization's own figures.
 */
export function resultPaper(input: {
  round: SatisfactionRound; issuer: string; issuedOn: string; lines: ResultLine[]; evaluatorCount: number; focus?: ResultLine;
}): PaperSnapshot {
  const { round, focus } = input;
  const weights = evaluatorKinds.map((k) => `${kindZh[k]} ${round.weights[k]}%`).join('，');
  return {
    title: '社区社会组织满意度测评结果',
    addressee: focus ? `${focus.organizationName}：` : undefined,
    paragraphs: [
      `${input.issuer}于${paperDate(round.opensOn)}至${paperDate(round.closesOn)}组织开展“${round.title}”，由村（社区）“两委”成员、居（村）民代表、辖区单位对社区社会组织工作进行满意度测评，共 ${input.evaluatorCount} 人参加测评。现将结果${focus ? '告知' : '公布'}如下。`,
    ],
    fields: focus ? [
      ['综合得分', score(focus.score)], ['排名', `第 ${focus.rank} 名（共 ${input.lines.length} 个组织）`], ['等次', ratingZh[focus.rating]],
      ['参评人数', String(focus.evaluatorCount)],
      ...evaluatorKinds.map((k): [string, string] => [`${kindZh[k]}评价`, score(focus.byKind[k])]),
      ...round.items.map((item): [string, string] => [item.label, score(focus.byItem[item.key])]),
    ] : [['测评项目', round.items.map((i) => i.label).join('、')], ['评分量表', round.scale === 'three_level' ? '满意／基本满意／不满意' : '1–5 分'], ['权重', weights]],
    grid: {
      columns: [
        // 483pt: the width between an A4 page's margins.
        { header: '排名', width: 36 }, { header: '组织名称', width: 161 },
        ...evaluatorKinds.map((k) => ({ header: kindZh[k], width: 58 })), { header: '综合得分', width: 56 }, { header: '等次', width: 56 },
      ],
      rows: input.lines.map((l) => [String(l.rank), l.organizationName, ...evaluatorKinds.map((k) => score(l.byKind[k])), score(l.score), ratingZh[l.rating]]),
    },
    closing: [
      `得分为 0–100 分，按各类测评人的平均得分加权（${weights}）。测评结果作为开展政府购买服务、匹配辖区资源、构建退出机制等工作的重要参考。`,
      ...(focus?.exitReview ? ['该组织连续两轮满意度测评为“不满意”，列入退出评估。'] : []),
    ],
    issuer: input.issuer,
    issuedOn: input.issuedOn,
  };
}
