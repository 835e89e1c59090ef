/** Server messages and web words of 时间银行与服务积分 (M5.5, M5.6); zh-CN first, English beside it. */
export const timeBankErrorsZh = {
  ledgerInsufficient: '余额不足',
  ledgerReversalInsufficient: '该志愿者已使用了这些时长或积分，余额不足以冲正；请先与志愿者核实',
    idempotencyKeyReused: '该请求编号已用于另一笔不同的操作，请刷新后重试',
} as const;

export const timeBankErrorsEn: Record<keyof typeof timeBankErrorsZh, string> = {
  ledgerInsufficient: 'Insufficient balance',
  ledgerReversalInsufficient: 'The volunteer has spent these hours or points; the balance cannot cover the reversal. Check with the volunteer first',
    idempotencyKeyReused: 'This request key was used for a different operation; refresh and try again',
};

export const timeBankWebZh = {
};

export const timeBankWebEn: typeof timeBankWebZh = {
};
