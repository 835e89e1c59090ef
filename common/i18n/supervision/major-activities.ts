/** Server messages and web words of 重大活动报告 (M2.3); zh-CN first, English beside it. */
export const majorActivitiesErrorsZh = {
} as const;

export const majorActivitiesErrorsEn: Record<keyof typeof majorActivitiesErrorsZh, string> = {
};

export const majorActivitiesWebZh = {
};

export const majorActivitiesWebEn: typeof majorActivitiesWebZh = {
};
