import { beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../../test/documents';
import { drawFieldRow, drawFieldTable, drawQrCode, drawTitle, renderPdf } from './render';

describe('PDF rendering', () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderPdf(async (doc) => {
      drawTitle(doc, '社区社会组织备案证书');
      drawFieldRow(doc, '备案编号', '清城社备〔2026〕0001号');
      drawFieldTable(doc, [['组织名称', '高基里社区夕阳红舞蹈队'], ['活动地域', '凤城街道高基里社区']]);
      await drawQrCode(doc, 'https://example.invalid/verify?no=0001', 400, 600, 100);
    }, { title: '备案证书' });
  });

  it('is a PDF with the Chinese font embedded and the QR code as an image', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Bold/);
    expect(raw).toMatch(/\/Type \/XObject\s*\/Subtype \/Image/);
  });

  it('has text a reader can extract', () => {
    const text = pdfText(pdf);
    expect(text).toContain('社区社会组织备案证书');
    expect(text).toContain('清城社备〔2026〕0001号');
    expect(text).toContain('高基里社区夕阳红舞蹈队');
  });

  it('carries its title', () => {
    expect(pdfInfo(pdf)).toMatch(/Title:\s+备案证书/);
  });

  it('passes on an error thrown while building', async () => {
    await expect(renderPdf(() => { throw new Error('模板数据缺失'); })).rejects.toThrow('模板数据缺失');
  });
});
