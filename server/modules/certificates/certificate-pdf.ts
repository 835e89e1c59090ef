import type { Services } from '../../platform/context';
import { paperDate, shanghaiDate } from '../../platform/dates';
import { drawFieldTable, drawTitle, drawVerificationFooter, renderPdf } from '../../platform/pdf/render';

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
    await drawVerificationFooter(doc, { url: verificationUrl(services, certificate.token), caption: '扫码查验证书真伪与当前状态' }, [issuer]);
  }, { title: `备案证书 ${certificate.number}` });
}
