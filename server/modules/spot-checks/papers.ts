import { paperDate, shanghaiDate, shanghaiOffsetMs } from '../../platform/dates';
import type { PaperSnapshot } from '../archives/paper-pdf';
import type { SpotCheckConclusion, SupervisionNoticeKind } from './spot-checks.tables';

export const conclusionZh: Record<SpotCheckConclusion, string> = { compliant: '合格', rectify: '需整改', non_compliant: '不合格' };
export const noticeTitleZh: Record<SupervisionNoticeKind, string> = { rectification: '责令改正通知书', reminder_letter: '工作提醒函', talk: '约谈记录' };

/** 抽查记录: what the inspectors found, as kept in the organization's archive. */
export function checkPaper(input: {
  drawTitle: string; organizationName: string; checkedOn: string; inspectors: string[];
  conclusion: SpotCheckConclusion; findings: string; issuer: string;
}): PaperSnapshot {
  return {
    title: '社会组织抽查记录',
    fields: [
      ['抽查任务', input.drawTitle], ['被抽查组织', input.organizationName], ['检查日期', paperDate(input.checkedOn)],
      ['检查人员', input.inspectors.join('、')], ['检查结论', conclusionZh[input.conclusion]], ['检查情况', input.findings],
    ],
    issuer: input.issuer, issuedOn: input.checkedOn,
  };
}

type NoticeFacts = {
  kind: SupervisionNoticeKind; number: string; organizationName: string; problems: string; requirements: string;
  deadline: string | null; heldAt: Date | null; place: string | null; participants: string | null; issuer: string; issuedAt: Date;
};

/** The notice, letter or talk record as printed and archived: the same facts always give the same paper. */
export function noticePaper(n: NoticeFacts): PaperSnapshot {
  const common = { title: noticeTitleZh[n.kind], number: n.number, issuer: n.issuer, issuedOn: shanghaiDate(n.issuedAt) };
  if (n.kind === 'rectification') {
    return {
      ...common, addressee: `${n.organizationName}：`,
      paragraphs: ['经检查，你组织存在下列问题，现责令限期改正：'],
      fields: [['存在问题', n.problems], ['整改要求', n.requirements], ['整改期限', paperDate(n.deadline)]],
      closing: ['请于整改期限届满前完成整改，并将整改情况书面报告我单位。逾期未改正的，将依照有关规定列入活动异常名录。'],
    };
  }
  if (n.kind === 'reminder_letter') {
    return {
      ...common, addressee: `${n.organizationName}：`,
      paragraphs: ['在日常监管中，我们注意到你组织存在以下情况，特此提醒：', n.problems],
      fields: [['工作要求', n.requirements]],
    };
  }
  return {
    ...common,
    fields: [
      ['约谈对象', n.organizationName], ['约谈时间', n.heldAt ? `${paperDate(shanghaiDate(n.heldAt))} ${timeOfDay(n.heldAt)}` : ''],
      ['约谈地点', n.place ?? ''], ['参加人员', n.participants ?? ''], ['谈话内容', n.problems], ['约定事项', n.requirements],
    ],
  };
}

/** 14:30 in Shanghai. */
function timeOfDay(at: Date): string {
  return new Date(at.getTime() + shanghaiOffsetMs).toISOString().slice(11, 16);
}
