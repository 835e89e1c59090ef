/** Server messages and web words of 服务记录、服务记录证明与诚信记载 (M5.3, M5.4); zh-CN first, English beside it. */
export const serviceRecordsErrorsZh = {
} as const;

export const serviceRecordsErrorsEn: Record<keyof typeof serviceRecordsErrorsZh, string> = {
};

export const serviceRecordsWebZh = {
};

export const serviceRecordsWebEn: typeof serviceRecordsWebZh = {
};
