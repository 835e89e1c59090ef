/**
 * Whether a community counts as urban (城市社区, target `density.urbanTarget`) or rural (农村社区,
 * `density.ruralTarget`): the national division's own word as imported (`area_type`: a 居委会 is
 * urban, a 村委会 rural); where the tree does not say, a 社区 or 居委会 name counts as urban. SQL over a
 * `jurisdictions` row, for set-based statements: the statistics and the benchmark data generator.
 */
export function urbanCommunitySql(areaTypeColumn: string, nameColumn: string): string {
  return `(CASE WHEN ${areaTypeColumn} IN ('urban', 'rural') THEN ${areaTypeColumn} = 'urban'
    ELSE ${nameColumn} LIKE '%社区%' OR ${nameColumn} LIKE '%居委会%' END)`;
}
