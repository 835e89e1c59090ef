/** Server messages and web words of 定期报告 (M2.1); zh-CN first, English beside it. */
export const workReportsErrorsZh = {
} as const;

export const workReportsErrorsEn: Record<keyof typeof workReportsErrorsZh, string> = {
};

export const workReportsWebZh = {
};

export const workReportsWebEn: typeof workReportsWebZh = {
};
