/** Server messages and web words of 满意度测评 (M2.2); zh-CN first, English beside it. */
export const satisfactionErrorsZh = {
  satisfactionWeightsSum: '三类测评人的权重之和须为 100',
  satisfactionBandsOrder: '“满意”分数线须高于“基本满意”分数线',
} as const;

export const satisfactionErrorsEn: Record<keyof typeof satisfactionErrorsZh, string> = {
  satisfactionWeightsSum: 'The three evaluator weights must add up to 100',
  satisfactionBandsOrder: 'The “satisfied” bound must be above the “basically satisfied” bound',
};

export const satisfactionWebZh = {
};

export const satisfactionWebEn: typeof satisfactionWebZh = {
};
