/** Server messages and web words of the organization's supervision timeline (监管记录); zh-CN first, English beside it. */
export const orgTimelineErrorsZh = {
} as const;

export const orgTimelineErrorsEn: Record<keyof typeof orgTimelineErrorsZh, string> = {
};

export const orgTimelineWebZh = {
};

export const orgTimelineWebEn: typeof orgTimelineWebZh = {
};
