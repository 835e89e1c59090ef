/** Server messages and web words of 志愿活动、报名、签到与供需对接 (M5.2); zh-CN first, English beside it. */
export const activitiesErrorsZh = {
} as const;

export const activitiesErrorsEn: Record<keyof typeof activitiesErrorsZh, string> = {
};

export const activitiesWebZh = {
};

export const activitiesWebEn: typeof activitiesWebZh = {
};
