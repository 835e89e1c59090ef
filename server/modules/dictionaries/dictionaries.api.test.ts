import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => { await t?.close(); });

describe('dictionaries', () => {
  it('serves the vocabularies to any signed-in user', async () => {
    const volunteer = await t.login('volunteer');
    const { types } = (await volunteer.get('/api/dictionaries')).json();
    const categories = types.find((d: { type: string }) => d.type === 'org_category');
    expect(categories.nameZh).toBe('组织类别');
    expect(categories.entries.map((e: { labelZh: string }) => e.labelZh)).toEqual(['为民服务', '公益慈善', '邻里互助', '文体娱乐', '农村生产技术服务', '其他']);
    expect(types.find((d: { type: string }) => d.type === 'target_group').entries).toHaveLength(11);
    expect((await t.anonymous.get('/api/dictionaries')).statusCode).toBe(401);
  });

  it('lets an admin add, rename and disable entries, seen at once', async () => {
    expect((await admin.post('/api/dictionaries/skill', { code: 'cooking', labelZh: '烹饪', labelEn: 'Cooking', sort: 20 })).statusCode).toBe(200);
    expect((await admin.put('/api/dictionaries/skill/cooking', { labelZh: '厨艺', labelEn: 'Cooking', sort: 20, enabled: false })).json())
      .toMatchObject({ labelZh: '厨艺', enabled: false });
    const skills = (await admin.get('/api/dictionaries')).json().types.find((d: { type: string }) => d.type === 'skill');
    expect(skills.entries.find((e: { code: string }) => e.code === 'cooking')).toMatchObject({ labelZh: '厨艺', enabled: false });
  });

  it('refuses duplicates, bad codes, unknown entries and other roles', async () => {
    const duplicate = await admin.post('/api/dictionaries/org_category', { code: 'charity', labelZh: '重复', labelEn: 'dup' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0]).toMatchObject({ path: 'code', message: '该编码已存在' });
    const bad = await admin.post('/api/dictionaries/org_category', { code: 'Bad Code', labelZh: '', labelEn: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['code', 'labelZh']);
    expect((await admin.put('/api/dictionaries/skill/nope', { labelZh: 'x', labelEn: 'x', sort: 0, enabled: true })).statusCode).toBe(404);
    const bureau = await t.login('bureau');
    expect((await bureau.post('/api/dictionaries/skill', { code: 'x', labelZh: 'x', labelEn: 'x' })).statusCode).toBe(403);
    expect((await bureau.put('/api/dictionaries/skill/it', { labelZh: 'x', labelEn: 'x', sort: 0, enabled: true })).statusCode).toBe(403);
    expect((await t.anonymous.post('/api/dictionaries/skill', { code: 'x', labelZh: 'x', labelEn: 'x' })).statusCode).toBe(401);
  });
});
