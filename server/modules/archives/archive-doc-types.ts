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
  disclosure: { zh: '信息公开', en: 'Information disclosures' },
  handling_result: { zh: '部门处理结果', en: 'Handling results of departments' },
  other: { zh: '其他', en: 'Other' },
};
