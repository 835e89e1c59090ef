import type { PaperSnapshot } from '../archives/paper-pdf';
import type { CriterionMet } from './dormant-criteria';
import type { dormantDecisions } from './dormant.schemas';

type Decision = (typeof dormantDecisions)[number];

export const decisionWords: Record<Decision, string> = {
  deregister: '注销（撤销）', rectify: '限期整改', reactivate: '激活', dismissed: '不予清理',
};

/** What each decision sets in motion, as the paper says it. */
function consequence(decision: Decision, orgClass: string, deadline: string | null): string {
  if (decision === 'deregister') {
    return orgClass === 'filed'
      ? '依法启动撤销备案程序，撤销前予以公示。'
      : '该组织为依法登记的社会组织，注销登记在登记管理机关的登记系统中办理，本决定予以记录。';
  }
  if (decision === 'rectify') return `已发出责令改正通知书，请于 ${deadline} 前完成整改并报告整改情况。`;
  if (decision === 'reactivate') return '该组织已能证明正常开展活动，予以激活，继续纳入日常监管。';
  return '经核查不属于“僵尸型”社会组织，不予清理。';
}

/** 僵尸型社会组织清理决定书: the criteria found, the decision and what follows from it. */
export function decisionPaper(p: {
  organization: { name: string; orgClass: string }; criteria: CriterionMet[]; decision: Decision; note: string; deadline: string | null; issuer: string; on: string;
}): PaperSnapshot {
  return {
    title: '僵尸型社会组织清理决定书',
    addressee: `${p.organization.name}：`,
    paragraphs: [
      '根据定期清理连续两年以上不参加年检年报的“僵尸型”社会组织的要求，经核查，你组织存在以下情形：',
      ...p.criteria.map((c, i) => `${i + 1}. ${c.detail}`),
    ],
    fields: [['决定', decisionWords[p.decision]], ['说明', p.note], ...(p.deadline ? [['整改期限', p.deadline] as [string, string]] : [])],
    closing: [consequence(p.decision, p.organization.orgClass, p.deadline)],
    issuer: p.issuer,
    issuedOn: p.on,
  };
}
