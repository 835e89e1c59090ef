/** Server messages and web words of 僵尸型社会组织清理 (M2.7); zh-CN first, English beside it. */
export const dormantErrorsZh = {
} as const;

export const dormantErrorsEn: Record<keyof typeof dormantErrorsZh, string> = {
};

export const dormantWebZh = {
};

export const dormantWebEn: typeof dormantWebZh = {
};
