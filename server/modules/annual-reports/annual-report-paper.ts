import type { PaperSnapshot } from '../archives/paper-pdf';
import type { AnnualReportContent } from './annual-reports.tables';

const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`;

/** The accepted report as the archive keeps it and prints it. */
export function annualReportPaper(
  organizationName: string, year: number, content: AnnualReportContent, review: { authority: string; opinion: string | null; on: string },
): PaperSnapshot {
  const { activities, finances, members, partyBuilding } = content;
  return {
    title: `${organizationName}${year}年度报告`,
    fields: [
      ['开展活动', `${activities.count} 次，参与 ${activities.participants} 人次`],
      ['主要活动', activities.highlights],
      ['收入 · 支出 · 净资产', `${yuan(finances.incomeFen)} · ${yuan(finances.expenseFen)} · ${yuan(finances.netAssetsFen)}`],
      ['资金来源', finances.sources || '—'],
      ['成员', `${members.count} 人（新增 ${members.joined}，退出 ${members.left}）`],
      ['负责人变动', members.leaderChanged ? members.leaderChange ?? '有' : '无'],
      ['党建情况', `党员 ${partyBuilding.partyMembers} 人；${partyBuilding.organization || '—'}${partyBuilding.activities ? `；${partyBuilding.activities}` : ''}`],
      ['信息公开', content.disclosures || '—'],
      ['审查意见', review.opinion ?? '审查通过'],
    ],
    issuer: review.authority,
    issuedOn: review.on,
  };
}
