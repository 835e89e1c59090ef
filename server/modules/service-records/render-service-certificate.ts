import type { Services } from '../../platform/context';
import { paperDate, shanghaiDate } from '../../platform/dates';
import { drawFieldTable, drawGridTable, drawTitle, drawVerificationFooter, renderPdf } from '../../platform/pdf/render';
import { hoursOf } from './service-minutes';
import type { ServiceTotals } from './standing-records';

/** Where a service-record certificate's QR code leads: the portal's verification of these certificates. */
export function serviceVerificationUrl(services: Services, token: string): string {
  return `${services.config.publicUrl}/verify/service?c=${token}`;
}

export type ServiceCertificatePaper = {
  number: string;
  token: string;
  issuedAt: Date;
  volunteer: { name: string; maskedIdNumber: string; home: string };
  totals: Omit<ServiceTotals, 'hours'>;
  records: { serviceDate: string; activity: string; place: string; minutes: number }[];
  issuers: string[];
};

/**
 * 志愿服务记录证明 on A4, like the paper one: the statement and totals, the verification QR code
 * and the issuers on the first page, then the records it counts (附：服务记录明细).
 */
export function renderServiceCertificatePdf(services: Services, paper: ServiceCertificatePaper): Promise<Buffer> {
  const { volunteer, totals } = paper;
  return renderPdf(async (doc) => {
    doc.moveDown(1);
    drawTitle(doc, '志愿服务记录证明', 24);
    doc.fontSize(12).text(`编号：${paper.number}`, { align: 'center' }).moveDown(1);
    doc.text(
      `兹证明 ${volunteer.name}（身份证号：${volunteer.maskedIdNumber}）为本平台注册志愿者。截至出具之日，经活动负责人确认的志愿服务记录如下：`,
      { indent: 24, lineGap: 4 },
    ).moveDown(0.8);
    drawFieldTable(doc, [
      ['姓名', volunteer.name],
      ['身份证号', volunteer.maskedIdNumber],
      ['常住社区', volunteer.home],
      ['累计服务时长', `${hoursOf(totals.minutes).toFixed(1)} 小时`],
      ['服务记录', `${totals.records} 条`],
      ['首次服务日期', paperDate(totals.firstServiceDate)],
      ['最近服务日期', paperDate(totals.lastServiceDate)],
      ['出具日期', paperDate(shanghaiDate(paper.issuedAt))],
    ], 110);
    doc.moveDown(1.5);
    await drawVerificationFooter(doc, { url: serviceVerificationUrl(services, paper.token), caption: '扫码查验证明真伪' }, paper.issuers);
    doc.moveDown(1.5);
    doc.font('bold').fontSize(13).text('附：服务记录明细', { align: 'left' }).moveDown(0.4).font('regular');
    drawGridTable(doc, [
      { header: '服务日期', width: 80 }, { header: '活动', width: 180 }, { header: '服务地点', width: 143 }, { header: '时长（小时）', width: 80 },
    ], [
      ...paper.records.map((r) => [r.serviceDate, r.activity, r.place, hoursOf(r.minutes).toFixed(1)]),
      ['合计', `${totals.records} 条`, '', hoursOf(totals.minutes).toFixed(1)],
    ]);
  }, { title: `志愿服务记录证明 ${paper.number}` });
}
