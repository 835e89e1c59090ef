/** Server messages and web words of the organization's supervision timeline (监管记录); zh-CN first, English beside it. */
export const orgTimelineErrorsZh = {
} as const;

export const orgTimelineErrorsEn: Record<keyof typeof orgTimelineErrorsZh, string> = {
};

export const orgTimelineWebZh = {
  tab: '监管记录',
  empty: '暂无监管记录',
  platform: '系统',
};

export const orgTimelineWebEn: typeof orgTimelineWebZh = {
  tab: 'Supervision record',
  empty: 'No supervision records yet',
  platform: 'System',
};
