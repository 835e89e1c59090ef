import { fateSql } from '../fates';
import { sqlTextArray } from '../hash-sql';
import { organizationWords } from '../names';
import { birthDateSql, genderSql, personNameSql } from '../people-sql';
import { placesSql, shortPlaceNameSql } from '../scales';
import { literal, type GenerationStep } from '../step';
import { settingDefinitions } from '../../../server/platform/settings/settings';

/** Organizations per community on average, the density targets (seed 003); each community gets ±40% of it. */
const perUrbanCommunity = settingDefinitions['density.urbanTarget'].default;
const perRuralCommunity = settingDefinitions['density.ruralTarget'].default;

/**
 * Organizations: the place's name and a word of its category (高基里社区夕阳红舞蹈队), class and
 * status from the fate. A community never repeats a word; a name that still collides with a live one
 * in the street (two places of the same name) is skipped.
 */
const organizations: GenerationStep = {
  name: 'organizations',
  sql: ({ scale, h, creator, tokens }) => `
    WITH places AS (${placesSql(scale)}),
    words AS (SELECT word, category, n FROM unnest(${sqlTextArray(organizationWords.map(([w]) => w))}, ${sqlTextArray(organizationWords.map(([, c]) => c))})
              WITH ORDINALITY AS w(word, category, n)),
    numbered AS (
      SELECT p.*, i, ${h.uuid(`'org:' || p.code || ':' || i`)} AS id,
             1 + (${h.between(0, organizationWords.length - 1, `'words:' || p.code`)} + i) % ${organizationWords.length} AS word_n
      FROM places p,
           generate_series(1, greatest(1, round(CASE WHEN p.urban THEN ${perUrbanCommunity} ELSE ${perRuralCommunity} END
                                                 * (0.6 + 0.8 * ${h.unit(`'orgs:' || p.code`)}))::int)) AS i
      WHERE p.district_code = $1
    ),
    fated AS (SELECT n.*, ${fateSql(h, 'n.id')} AS fate, date '2024-01-01' + ${h.between(0, 600, `'filed:' || n.id::text`)} AS filed_on FROM numbered n)
    INSERT INTO organizations (district_code, id, jurisdiction_code, street_code, name, org_class, category, status,
      address, founded_on, purpose, business_scope, member_count, leader_name, leader_id_enc, leader_id_index, leader_phone_enc,
      leader_party_member, contact_name, contact_phone_enc, credit_code, registered_type, registration_authority, registered_on,
      filed_at, ended_at, created_by, created_at, updated_at)
    SELECT f.district_code, f.id, f.code, f.street_code, ${shortPlaceNameSql('f.name')} || w.word,
      CASE f.fate WHEN 'registered' THEN 'registered' WHEN 'guided' THEN 'guided' ELSE 'filed' END,
      w.category,
      CASE WHEN f.fate IN ('filed', 'registered', 'guided') THEN 'active'
           WHEN f.fate IN ('rejected', 'terminated', 'revoked') THEN f.fate ELSE 'draft' END,
      ${shortPlaceNameSql('f.name')} || '党群服务中心', f.filed_on - 90, '丰富居民生活，促进邻里和谐', '组织' || w.word || '相关活动',
      ${h.between(10, 40, `'members:' || f.id::text`)}, ${personNameSql(h, `f.id::text || ':1'`)},
      ${literal(tokens.idNumber)}, ${h.hex64(`'leader:' || f.id::text`)}, ${literal(tokens.phone)},
      ${h.unit(`'party:' || f.id::text`)} < 0.3, ${personNameSql(h, `f.id::text || ':contact'`)}, ${literal(tokens.phone)},
      CASE WHEN f.fate = 'registered' THEN '52' || f.district_code || lpad(${h.between(0, 999999999, `'credit:' || f.id::text`)}::text, 10, '0') END,
      CASE WHEN f.fate = 'registered' THEN 'social_group' END,
      CASE WHEN f.fate = 'registered' THEN (SELECT name FROM jurisdictions WHERE code = f.district_code) || '民政局' END,
      CASE WHEN f.fate = 'registered' THEN f.filed_on END,
      CASE WHEN f.fate IN ('filed', 'terminated', 'revoked') THEN f.filed_on::timestamptz + interval '2 hours' END,
      CASE WHEN f.fate IN ('terminated', 'revoked') THEN f.filed_on::timestamptz + interval '200 days' END,
      ${creator}, f.filed_on - 30, f.filed_on
    FROM fated f JOIN words w ON w.n = f.word_n
    ON CONFLICT DO NOTHING`,
};

/** The charter's first version for every organization that went through a filing. */
const charters: GenerationStep = {
  name: 'charters',
  sql: ({ h, creator }) => `
    INSERT INTO charters (district_code, id, organization_id, jurisdiction_code, version, parts, created_at)
    SELECT o.district_code, ${h.uuid(`'charter:' || o.id::text`)}, o.id, o.jurisdiction_code, 1,
           jsonb_build_object('name', o.name, 'purpose', o.purpose, 'scope', o.business_scope), o.created_at
    FROM organizations o
    WHERE o.district_code = $1 AND o.created_by = ${creator} AND o.org_class = 'filed'`,
};

/** The roster: `member_count` people per organization, the first of them the leader. */
const rosterMembers: GenerationStep = {
  name: 'roster_members',
  sql: ({ h, creator, tokens }) => `
    INSERT INTO roster_members (district_code, id, organization_id, jurisdiction_code, name, gender, birth_date,
      id_number_enc, id_number_index, phone_enc, is_leader, party_member, created_at)
    SELECT o.district_code, ${h.uuid(`'member:' || o.id::text || ':' || i`)}, o.id, o.jurisdiction_code,
           CASE WHEN i = 1 THEN o.leader_name ELSE ${personNameSql(h, `o.id::text || ':' || i`)} END,
           ${genderSql(h, `o.id::text || ':' || i`)}, ${birthDateSql(h, `o.id::text || ':' || i`)},
           ${literal(tokens.idNumber)}, ${h.hex64(`'member:' || o.id::text || ':' || i`)}, ${literal(tokens.phone)},
           i = 1, ${h.unit(`'mparty:' || o.id::text || ':' || i`)} < 0.2, o.created_at
    FROM organizations o, generate_series(1, o.member_count) AS i
    WHERE o.district_code = $1 AND o.created_by = ${creator}`,
};

export const organizationSteps = [organizations, charters, rosterMembers];
