import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { multipartFile } from '../../test/multipart';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

// A real one-pixel PNG.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('attachments', () => {
  it('stores a file by its sniffed type and serves it back inside the subtree', async () => {
    const committee = await t.login('committee');
    const uploaded = await committee.request({ method: 'POST', url: '/api/attachments', ...multipartFile(png, '会议记录.pdf') });
    expect(uploaded.statusCode).toBe(200);
    const file = uploaded.json();
    expect(file).toMatchObject({ fileName: '会议记录.pdf', mimeType: 'image/png', sizeBytes: png.length });
    const download = await committee.get(`/api/attachments/${file.id}`);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.rawPayload.equals(png)).toBe(true);
    const street = await t.login('street');
    expect((await street.get(`/api/attachments/${file.id}`)).statusCode).toBe(200);
    const elsewhere = await t.login('street2');
    expect((await elsewhere.get(`/api/attachments/${file.id}`)).statusCode).toBe(404);
  });

  it('refuses disguised files, oversize files, missing files and anonymous users', async () => {
    const committee = await t.login('committee');
    const script = await committee.request({ method: 'POST', url: '/api/attachments', ...multipartFile(Buffer.from('<script>alert(1)</script>'), 'photo.png') });
    expect(script.statusCode).toBe(415);
    expect(script.json().title).toBe('不支持的文件类型（允许：PDF、JPG、PNG、XLSX、DOCX）');
    const admin = await t.login('admin');
    await admin.put('/api/settings/attachments.maxBytes', { value: 1024 });
    const big = await committee.request({ method: 'POST', url: '/api/attachments', ...multipartFile(Buffer.concat([png, Buffer.alloc(4096)]), 'big.png') });
    expect(big.statusCode).toBe(413);
    expect(big.json().title).toBe('文件不能超过 1 KB');
    await admin.put('/api/settings/attachments.maxBytes', { value: 20 * 1024 * 1024 });
    const none = await committee.post('/api/attachments', { nothing: true });
    expect(none.statusCode).toBe(400);
    expect((await t.anonymous.request({ method: 'POST', url: '/api/attachments', ...multipartFile(png, 'a.png') })).statusCode).toBe(401);
    expect((await committee.get('/api/attachments/not-a-uuid')).statusCode).toBe(400);
  });
});
