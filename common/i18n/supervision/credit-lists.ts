/** Server messages and web words of 活动异常名录 and 严重违法失信名单 (M2.6); zh-CN first, English beside it. */
export const creditListsErrorsZh = {
} as const;

export const creditListsErrorsEn: Record<keyof typeof creditListsErrorsZh, string> = {
};

export const creditListsWebZh = {
};

export const creditListsWebEn: typeof creditListsWebZh = {
};
