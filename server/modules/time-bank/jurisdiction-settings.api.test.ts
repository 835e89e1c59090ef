import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { newVolunteer } from '../volunteers/volunteer-fixtures';
import { depositService, ledgerVolunteer } from './time-bank-fixtures';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t?.close(); });

type Rule = { key: string; value: unknown; own: unknown; source: { from: string; code?: string; name?: string }; shape: { type: string } };
const rulesAt = async (client: Awaited<ReturnType<TestApp['login']>>, code: string) =>
  (await client.get(`/api/jurisdiction-settings?jurisdictionCode=${code}`)).json() as { jurisdiction: { code: string; name: string }; items: Rule[] };
const rule = (rules: { items: Rule[] }, key: string) => rules.items.find((r) => r.key === key)!;
const storedRules = () => t.services.database.query<{ jurisdiction_code: string; key: string; value: unknown }>('SELECT jurisdiction_code, key, value FROM jurisdiction_settings ORDER BY 1, 2');

describe('rules per place (时间银行与积分规则)', () => {
  it('answers every rule at the actor\'s node with its shape, value in force, source and own value', async () => {
    const bureau = await t.login('bureau');
    const rules = (await bureau.get('/api/jurisdiction-settings')).json();
    expect(rules.jurisdiction).toMatchObject({ code: '441802', name: '清城区' });
    expect(rules.items.map((r: Rule) => r.key)).toEqual([
      'timeBank.creditPercentByServiceType', 'timeBank.lifetimeCapHours', 'timeBank.withdrawAge', 'timeBank.transferRelations',
      'points.perHour', 'points.percentByServiceType', 'points.maxHoursPerActivity', 'points.expiryYears',
    ]);
    expect(rule(rules, 'timeBank.withdrawAge')).toEqual({
      key: 'timeBank.withdrawAge', shape: { type: 'integer', min: 0, max: 100 }, default: 60, value: 60, own: null, source: { from: 'default' },
    });
    expect(rule(rules, 'timeBank.transferRelations').shape).toEqual({ type: 'options', options: ['spouse', 'parent', 'child', 'grandparent', 'grandchild', 'sibling', 'parent_in_law'] });
    expect(rule(rules, 'timeBank.creditPercentByServiceType').shape).toEqual({ type: 'percentByServiceType', min: 0, max: 500 });
  });

  it('sets a district\'s rule for its subtree, a child overrides it, clearing inherits again; each change audited', async () => {
    const bureau = await t.login('bureau');
    const set = await bureau.put('/api/jurisdiction-settings/441802/timeBank.withdrawAge', { value: 65 });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ key: 'timeBank.withdrawAge', value: 65, own: 65, source: { from: 'node', code: '441802', name: '清城区' } });

    const community = await rulesAt(bureau, '441802006001');
    expect(community.jurisdiction.name).toBe('高基里社区');
    expect(rule(community, 'timeBank.withdrawAge')).toMatchObject({ value: 65, own: null, source: { from: 'node', code: '441802', name: '清城区' } });

    await bureau.put('/api/jurisdiction-settings/441802006/timeBank.withdrawAge', { value: 62 });
    expect(rule(await rulesAt(bureau, '441802006001'), 'timeBank.withdrawAge')).toMatchObject({ value: 62, source: { from: 'node', code: '441802006', name: '凤城街道' } });
    const cleared = await bureau.put('/api/jurisdiction-settings/441802006/timeBank.withdrawAge', { value: null });
    expect(cleared.json()).toMatchObject({ value: 65, own: null, source: { from: 'node', code: '441802' } });
    expect(await storedRules()).toEqual([{ jurisdiction_code: '441802', key: 'timeBank.withdrawAge', value: 65 }]);

    const audits = (await (await t.login('admin')).get('/api/audit-logs?action=jurisdictionSetting.update')).json().items;
    expect(audits.map((a: { targetId: string; details: unknown }) => [a.targetId, a.details])).toEqual(expect.arrayContaining([
      ['441802', { key: 'timeBank.withdrawAge', value: 65, previous: null }],
      ['441802006', { key: 'timeBank.withdrawAge', value: null, previous: 62 }],
    ]));

    // The platform's own setting shows as such where no node has set the rule.
    const admin = await t.login('admin');
    expect((await admin.put('/api/settings/points.perHour', { value: 12 })).statusCode).toBe(204);
    expect(rule(await rulesAt(bureau, '441802006001'), 'points.perHour')).toMatchObject({ value: 12, source: { from: 'platform' } });
    await admin.put('/api/settings/points.perHour', { value: 10 });
    await bureau.put('/api/jurisdiction-settings/441802/timeBank.withdrawAge', { value: null });
  });

  it('takes percentages per service type and relations, and applies the credit rules to deposits', async () => {
    const city = await t.login('city');
    const percent = await city.put('/api/jurisdiction-settings/4418/timeBank.creditPercentByServiceType', { value: { elder_care: 150, environment: 50 } });
    expect(percent.json()).toMatchObject({ value: { elder_care: 150, environment: 50 }, own: { elder_care: 150, environment: 50 } });
    await city.put('/api/jurisdiction-settings/4418/timeBank.lifetimeCapHours', { value: 2 });
    const relations = await city.put('/api/jurisdiction-settings/4418/timeBank.transferRelations', { value: ['spouse', 'spouse', 'sibling'] });
    expect(relations.json().value).toEqual(['spouse', 'sibling']);

    const { volunteerId } = await newVolunteer(t, 601);
    const volunteer = ledgerVolunteer(volunteerId);
    // Cap 2 h: 60 min of elder care at 150% credits 90, 60 min of environment at 50% credits 30 (the cap reached), the next 90 go to the pool.
    expect(await depositService(t, volunteer, 60)).toMatchObject({ deposited: 90, overCap: 0, points: 10 });
    expect(await depositService(t, volunteer, 60, 'environment')).toMatchObject({ deposited: 30, overCap: 0 });
    expect(await depositService(t, volunteer, 60)).toMatchObject({ deposited: 0, overCap: 90 });
    const [pool] = await t.services.database.query<{ balance: string }>(`SELECT balance FROM ledger_accounts WHERE key = 'system:441802:donation_pool'`);
    expect(Number(pool.balance)).toBe(90);
    for (const key of ['timeBank.creditPercentByServiceType', 'timeBank.lifetimeCapHours', 'timeBank.transferRelations']) {
      await city.put(`/api/jurisdiction-settings/4418/${key}`, { value: null });
    }
  });

  it('refuses bad values with clear messages, unknown rules and places, places outside the subtree and other roles, storing nothing', async () => {
    const bureau = await t.login('bureau');
    const before = await storedRules();
    const put = (code: string, key: string, value: unknown) => bureau.put(`/api/jurisdiction-settings/${code}/${key}`, { value });
    const errors = async (code: string, key: string, value: unknown) => {
      const response = await put(code, key, value);
      expect(response.statusCode).toBe(400);
      return response.json().errors;
    };
    expect(await errors('441802', 'timeBank.withdrawAge', 130)).toEqual([{ path: 'value', message: '请填写 0–100 之间的整数' }]);
    expect(await errors('441802', 'timeBank.withdrawAge', 60.5)).toEqual([{ path: 'value', message: '请填写 0–100 之间的整数' }]);
    expect(await errors('441802', 'timeBank.lifetimeCapHours', '1500')).toEqual([{ path: 'value', message: '请填写 1–100000 之间的整数' }]);
    expect(await errors('441802', 'timeBank.transferRelations', ['cousin'])).toEqual([{ path: 'value', message: '只能从给出的选项中选择' }]);
    expect(await errors('441802', 'timeBank.creditPercentByServiceType', { elder_care: 900, massage: 100 })).toEqual([
      { path: 'value.elder_care', message: '比例须为 0–500 之间的整数（%）' },
      { path: 'value.massage', message: '服务类型不存在：massage' },
    ]);
    expect(await errors('441802', 'timeBank.creditPercentByServiceType', [150])).toEqual([{ path: 'value', message: '比例须为 0–500 之间的整数（%）' }]);
    expect(await errors('441802', 'session.idleMinutes', 20)).toEqual([{ path: 'key', message: '没有这项规则：session.idleMinutes' }]);
    expect((await bureau.put('/api/jurisdiction-settings/441802/timeBank.withdrawAge', {})).statusCode).toBe(400);

    expect((await put('441802999', 'timeBank.withdrawAge', 65)).statusCode).toBe(404);
    expect((await put('441803', 'timeBank.withdrawAge', 65)).statusCode).toBe(403);
    expect((await bureau.get('/api/jurisdiction-settings?jurisdictionCode=4418')).statusCode).toBe(403);
    const street = await t.login('street');
    expect((await street.put('/api/jurisdiction-settings/441802006/timeBank.withdrawAge', { value: 65 })).statusCode).toBe(403);
    expect((await street.get('/api/jurisdiction-settings')).statusCode).toBe(403);
    expect(await storedRules()).toEqual(before);
  });
});
