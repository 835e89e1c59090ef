/** Server messages and web words of 志愿者、服务站与队伍 (M5.1); zh-CN first, English beside it. */
export const volunteersErrorsZh = {
  volunteerIdNumberTaken: '该身份证号已注册为志愿者',
  volunteerNotRegistered: '您还没有注册成为志愿者',
} as const;

export const volunteersErrorsEn: Record<keyof typeof volunteersErrorsZh, string> = {
  volunteerIdNumberTaken: 'A volunteer is registered with this ID number already',
  volunteerNotRegistered: 'You have not registered as a volunteer yet',
};

export const volunteersWebZh = {
};

export const volunteersWebEn: typeof volunteersWebZh = {
};
