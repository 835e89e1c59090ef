import type { ArchiveDocType } from './archives.tables';

/** What each archive document type is called, on screen, in the zip's index and in its folders. */
export const archiveDocTypeLabels: Record<ArchiveDocType, { zh: string; en: string }> = {
  charter: { zh: '章程', en: 'Charter' },
  filing_form: { zh: '备案表', en: 'Filing form' },
  roster: { zh: '成员花名册', en: 'Member roster' },
  certificate: { zh: '备案证书', en: 'Filing certificate' },
  termination_record: { zh: '退出材料', en: 'Termination record' },
  revocation_decision: { zh: '撤销备案决定', en: 'Revocation decision' },
  commendation: { zh: '表扬信', en: 'Commendation letter' },
  report: { zh: '向“两委”报告', en: 'Reports to the village/community committees' },
  evaluation: { zh: '测评结果', en: 'Evaluation results' },
  major_activity: { zh: '重大活动报告', en: 'Major-activity reports' },
  annual_report: { zh: '年度报告', en: 'Annual reports' },
  spot_check: { zh: '抽查结果', en: 'Spot-check results' },
  supervision_notice: { zh: '整改通知、提醒函与约谈', en: 'Rectification notices, reminder letters and talks' },
  credit_list: { zh: '信用名录记录', en: 'Credit-list records' },
  grade: { zh: '等级评估', en: 'Grade evaluations' },
  dormant_decision: { zh: '清理整顿决定', en: 'Dormant clean-up decisions' },
  disclosure: { zh: '信息公开', en: 'Information disclosures' },
  handling_result: { zh: '部门处理结果', en: 'Handling results of departments' },
  other: { zh: '其他', en: 'Other' },
};
