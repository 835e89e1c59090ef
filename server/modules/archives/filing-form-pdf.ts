import { drawFormRow, drawSignatureRow, drawTitle, renderPdf } from '../../platform/pdf/render';
import { paperDate, shanghaiDate } from '../../platform/dates';
import type { CaseOpinion, FilingFormSnapshot } from './organization-papers';
import type { PersonalNumbers } from './personal-numbers';

const labelWidth = 80;

/**
 * 社区社会组织备案表, laid out like the paper form: a bordered table of the filed items, then the
 * boxes where the committee signs its preliminary review (初审意见) and the street its review
 * (审核意见) and stamps them, filled from the case timeline when the case got that far.
 */
export function renderFilingFormPdf(snapshot: FilingFormSnapshot, options: { note: string; numbers: PersonalNumbers }): Promise<Buffer> {
  const o = snapshot.organization;
  const { numbers } = options;
  return renderPdf((doc) => {
    drawTitle(doc, '社区社会组织备案表', 20);
    doc.fontSize(11).text(options.note, { align: 'center' });
    doc.text(`备案证书编号：${snapshot.certificateNumber ?? '（备案后填写）'}`, { align: 'right' }).moveDown(0.4).fontSize(12);
    const rows: [string, string][][] = [
      [['组织名称', o.name]],
      [['组织类别', o.categoryLabel], ['成立日期', paperDate(o.foundedOn)]],
      [['所在社区（村）', o.placeName]],
      [['活动地址', o.address ?? '']],
      [['宗旨', o.purpose ?? '']],
      [['业务范围', o.businessScope ?? '']],
      [['成员人数', `${o.memberCount} 人`], ['资金来源', o.fundingSource ?? '']],
      [['负责人', o.leaderName ?? ''], ['是否党员', o.leaderPartyMember ? '是（中共党员）' : '否']],
      [['负责人身份证号', numbers.idNumber(o.leaderIdEnc)], ['负责人电话', numbers.phone(o.leaderPhoneEnc)]],
      [['联系人', o.contactName ?? ''], ['联系电话', numbers.phone(o.contactPhoneEnc)]],
    ];
    for (const cells of rows) drawFormRow(doc, cells, labelWidth);
    drawSignatureRow(doc, '居（村）委会初审意见', signed(snapshot.opinions.committee), labelWidth);
    drawSignatureRow(doc, '街道办事处（乡镇人民政府）审核意见', signed(snapshot.opinions.street), labelWidth);
    doc.moveDown(0.6).fontSize(10).text('本表一式三份，经街道办事处（乡镇人民政府）审核同意盖章后，由街道办事处（乡镇人民政府）、居（村）委会、社区社会组织各留存一份。');
  }, { title: `社区社会组织备案表 ${o.name}` });
}

function signed(opinion: CaseOpinion | null) {
  if (!opinion) return { opinion: '', signer: '经办人：', date: '' };
  return { opinion: opinion.opinion, signer: `经办人：${opinion.signer}`, date: paperDate(shanghaiDate(new Date(opinion.at))) };
}
