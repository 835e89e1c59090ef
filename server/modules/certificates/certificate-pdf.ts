import type { Services } from '../../platform/context';
import { paperDate, shanghaiDate } from '../../platform/dates';
import { drawFieldTable, drawQrCode, drawTitle, renderPdf } from '../../platform/pdf/render';

/** Where a certificate's QR code leads: the portal's verification page, carrying the signed token. */
export function verificationUrl(services: Services, token: string): string {
  return `${services.config.publicUrl}/verify?c=${token}`;
}

/** 社区社会组织备案证书, laid out like the paper certificate, with the verification QR code. */
export function renderCertificatePdf(
  services: Services,
  certificate: { number: string; token: string; issuedAt: Date },
  organization: { name: string; address: string | null; leaderName: string | null; businessScope: string | null },
  issuer: string,
): Promise<Buffer> {
  return renderPdf(async (doc) => {
    doc.moveDown(2);
    drawTitle(doc, '社区社会组织备案证书', 26);
    doc.fontSize(12).text(`编号：${certificate.number}`, { align: 'center' }).moveDown(1.5);
    drawFieldTable(doc, [
      ['组织名称', organization.name],
      ['活动地址', organization.address ?? ''],
      ['负责人', organization.leaderName ?? ''],
      ['业务范围', organization.businessScope ?? ''],
      ['备案日期', paperDate(shanghaiDate(certificate.issuedAt))],
    ], 110);
    doc.moveDown(2);
    const qrTop = doc.y;
    await drawQrCode(doc, verificationUrl(services, certificate.token), doc.page.margins.left, qrTop, 110);
    doc.fontSize(10).text('扫码查验证书真伪与当前状态', doc.page.margins.left, qrTop + 116);
    doc.fontSize(14).text(issuer, 300, qrTop + 30, { width: 240, align: 'right' });
    doc.fontSize(12).text('（盖章）', 300, qrTop + 56, { width: 240, align: 'right' });
  }, { title: `备案证书 ${certificate.number}` });
}
