/** Server messages and web words of 双随机抽查, 责令改正, 提醒函, 约谈 (M2.5); zh-CN first, English beside it. */
export const spotChecksErrorsZh = {
} as const;

export const spotChecksErrorsEn: Record<keyof typeof spotChecksErrorsZh, string> = {
};

export const spotChecksWebZh = {
};

export const spotChecksWebEn: typeof spotChecksWebZh = {
};
