/** Server messages and web words of 年报 (M2.4); zh-CN first, English beside it. */
export const annualReportsErrorsZh = {
} as const;

export const annualReportsErrorsEn: Record<keyof typeof annualReportsErrorsZh, string> = {
};

export const annualReportsWebZh = {
};

export const annualReportsWebEn: typeof annualReportsWebZh = {
};
