import { urbanCommunitySql } from '../../server/modules/jurisdictions/urban-community';

export const benchScales = ['tiny', 'city', 'province'] as const;
export type BenchScale = (typeof benchScales)[number];

type ScaleSettings = {
  /** The division subtree the scale covers (importDivisions' `only`). */
  root: string;
  /** Confirmed service records per volunteer (the province figure is about 10). */
  recordsPerVolunteer: number;
  /** Tiny only: the first streets of this district, and the first communities of each. */
  sample?: { district: string; streets: number; communitiesPerStreet: number };
};

export const scaleSettings: Record<BenchScale, ScaleSettings> = {
  tiny: { root: '4418', recordsPerVolunteer: 3, sample: { district: '441802', streets: 2, communitiesPerStreet: 4 } },
  city: { root: '4418', recordsPerVolunteer: 10 },
  province: { root: '44', recordsPerVolunteer: 10 },
};

/**
 * The communities and villages the scale fills, as a SQL query: code, district and street codes,
 * name, urban or rural, and residents (population; else households × 2.8; else 3,000 urban /
 * 1,500 rural), urban or rural as the statistics reckon it (`urbanCommunitySql`).
 */
export function placesSql(scale: BenchScale): string {
  const { root, sample } = scaleSettings[scale];
  const sampled = sample
    ? `AND code IN (SELECT code FROM (
         SELECT code, dense_rank() OVER (ORDER BY parent_code) AS street_rank,
                row_number() OVER (PARTITION BY parent_code ORDER BY code) AS community_rank
         FROM jurisdictions WHERE level = 5 AND code LIKE '${sample.district}%') s
       WHERE street_rank <= ${sample.streets} AND community_rank <= ${sample.communitiesPerStreet})`
    : '';
  return `
    SELECT code, district_code, street_code, name, urban,
           coalesce(population, round(households * 2.8)::int, CASE WHEN urban THEN 3000 ELSE 1500 END) AS residents
    FROM (
      SELECT code, substr(code, 1, 6)::char(6) AS district_code, parent_code AS street_code, name, population, households,
             ${urbanCommunitySql('area_type', 'name')} AS urban
      FROM jurisdictions
      WHERE level = 5 AND code LIKE '${root}%' ${sampled}
    ) j`;
}

/** A community's name without the committee suffix: 高基里社区居委会 → 高基里社区. */
export const shortPlaceNameSql = (column: string) =>
  `regexp_replace(${column}, '(居民委员会|村民委员会|居委会|村委会)$', '')`;
