/**
 * The parts of the model charter (《社区社会组织章程示范文本》, seed 001 第二条). Required parts
 * cannot be left empty when the filing is submitted. Party building is required: seed 001 第一条
 * writes the Party's leadership into every charter.
 */
export const charterParts = [
  { key: 'nameAndAddress', zh: '名称和住所', en: 'Name and address', required: true },
  { key: 'purpose', zh: '宗旨', en: 'Purpose', required: true },
  { key: 'scopeAndArea', zh: '业务范围和活动地域', en: 'Business scope and activity area', required: true },
  { key: 'members', zh: '成员（入会、退会、权利、义务）', en: 'Members: joining, leaving, rights, duties', required: true },
  { key: 'organs', zh: '组织机构、负责人及其产生办法', en: 'Organs, leader and election', required: true },
  { key: 'partyBuilding', zh: '党的建设', en: 'Party building', required: true },
  { key: 'fundsAndAssets', zh: '资金和资产的管理、使用与公开', en: 'Funds and assets: management, use, disclosure', required: true },
  { key: 'amendment', zh: '章程的修改', en: 'Amending the charter', required: true },
  { key: 'termination', zh: '终止及剩余财产处理', en: 'Termination and remaining assets', required: true },
  { key: 'supplementary', zh: '附则', en: 'Supplementary provisions', required: false },
] as const;

export type CharterPartKey = (typeof charterParts)[number]['key'];

export function missingCharterParts(parts: Record<string, string | undefined>): CharterPartKey[] {
  return charterParts.filter((p) => p.required && !parts[p.key]?.trim()).map((p) => p.key);
}
