/** Server messages and web words of 党建 (M3); zh-CN first, English beside it. */
export const partyBuildingErrorsZh = {
} as const;

export const partyBuildingErrorsEn: Record<keyof typeof partyBuildingErrorsZh, string> = {
};

export const partyBuildingWebZh = {
};

export const partyBuildingWebEn: typeof partyBuildingWebZh = {
};
