import type { Db } from '../../platform/db/database';
import { paperDate } from '../../platform/dates';
import type { PaperSnapshot } from '../archives/paper-pdf';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import type { Grade } from './grading.tables';
import { highGrades } from './grade-bands';

/** 清城区 (441802) → 清远市清城区民政局; 清远市 (4418) → 清远市民政局: the bureau that issues at a node. */
export async function bureauName(db: Db, code: string): Promise<string> {
  const codes = code.length > 4 ? [code.slice(0, 4), code.slice(0, 6)] : [code];
  const names = await jurisdictionNames(db, codes);
  return `${codes.map((c) => names.get(c) ?? '').join('')}民政局`;
}

type Result = {
  organizationName: string; grade: Grade; totalScore: number; certificateNumber: string | null;
  confirmedOn: string; validUntil: string | null; issuer: string;
};

/**
 * The grade certificate (社会组织评估等级证书) as an official paper, kept in the archive (docType
 * 'grade') and printed from there; below the pass mark the paper is the result notice instead.
 */
export function gradeResultPaper(r: Result): PaperSnapshot {
  if (r.grade === 'none') {
    return {
      title: '社会组织等级评估结果通知', addressee: `${r.organizationName}：`,
      paragraphs: [`经专家评审和社会公示，你组织本次等级评估总分为 ${r.totalScore} 分，未达到评估等级合格分数，不予评定等级。欢迎对照评价指标改进后再次申请评估。`],
      issuer: r.issuer, issuedOn: r.confirmedOn,
    };
  }
  return {
    title: '社会组织评估等级证书', number: r.certificateNumber ?? undefined,
    paragraphs: [`${r.organizationName}经社会组织等级评估，被评定为 ${r.grade} 级社会组织。`],
    fields: [
      ['组织名称', r.organizationName], ['评估等级', r.grade], ['评估得分', `${r.totalScore} 分`],
      ['有效期', `${paperDate(r.confirmedOn)}至${paperDate(r.validUntil)}`], ['证书编号', r.certificateNumber ?? ''],
    ],
    closing: highGrades.includes(r.grade) ? [`${r.grade} 级社会组织同时颁发等级牌匾。评估等级有效期内如发生严重违法失信行为，评估机关可降低或取消其等级。`] : [],
    issuer: r.issuer, issuedOn: r.confirmedOn,
  };
}
