import { describe, expect, it } from 'vitest';
import { describeEntry } from './movement-words';

const label = (code: string) => ({ elder_care: '助老服务' })[code] ?? code;

describe('ledger entries in words', () => {
  it('reads a transfer from each side, with the relationship the sender gave', () => {
    const transfer = { kind: 'transfer' as const, details: { relationship: 'child', recipient: { name: '李*国' }, sender: { name: '王*英' } } };
    expect(describeEntry('zh-CN', transfer, -60, label)).toBe('转给亲属 李*国（子女）');
    expect(describeEntry('zh-CN', transfer, 60, label)).toBe('亲属 王*英 转入（对方登记的关系：子女）');
    expect(describeEntry('en', transfer, -60, label)).toBe('Transferred to 李*国 (Child)');
  });

  it('names the service received, the gift and a reversal\'s original', () => {
    expect(describeEntry('zh-CN', { kind: 'withdraw', details: { serviceType: 'elder_care' } }, -30, label)).toBe('兑换服务：助老服务');
    expect(describeEntry('zh-CN', { kind: 'donate', details: { to: 'pool' } }, -30, label)).toBe('捐赠给时间银行捐赠池');
    expect(describeEntry('zh-CN', { kind: 'donate', details: { to: 'elder', recipient: { name: '赵*兰' }, sender: { name: '王*英' } } }, 30, label)).toBe('收到 王*英 的爱心捐赠');
    expect(describeEntry('zh-CN', { kind: 'reversal', details: { reversedKind: 'deposit' } }, -60, label)).toBe('冲正：志愿服务存入');
  });
});
