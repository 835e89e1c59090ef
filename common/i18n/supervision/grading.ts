/** Server messages and web words of 评价体系 and 等级评估 (M2.8, M2.9); zh-CN first, English beside it. */
export const gradingErrorsZh = {
  gradeBandsOrder: '等级分数线须从 5A 到 2A 依次降低',
} as const;

export const gradingErrorsEn: Record<keyof typeof gradingErrorsZh, string> = {
  gradeBandsOrder: 'Grade bounds must fall from 5A to 2A',
};

export const gradingWebZh = {
};

export const gradingWebEn: typeof gradingWebZh = {
};
