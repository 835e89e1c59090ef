import { volunteerConsentVersion } from '../../../server/modules/volunteers/insert-volunteer';
import { birthDateSql, genderSql, personNameSql } from '../people-sql';
import { placesSql } from '../scales';
import { literal, type GenerationStep } from '../step';

/** Registered volunteers as a share of residents (the issue: about 3%), each community ±20%. */
const volunteerShare = 0.03;

/** Volunteers, enrolled by the committee, with a unique (stand-in) blind index of their ID number and phone. */
const volunteers: GenerationStep = {
  name: 'volunteers',
  sql: ({ scale, h, creator, tokens }) => `
    WITH places AS (${placesSql(scale)})
    INSERT INTO volunteers (district_code, id, jurisdiction_code, name, id_number_enc, id_number_index, birth_date, gender,
      phone_enc, phone_index, consent_version, consented_at, source, enrolled_by, created_at, updated_at)
    SELECT p.district_code, ${h.uuid(`'volunteer:' || p.code || ':' || i`)}, p.code,
           ${personNameSql(h, `'v' || p.code || ':' || i`)}, ${literal(tokens.idNumber)}, ${h.hex64(`'vid:' || p.code || ':' || i`)},
           ${birthDateSql(h, `'v' || p.code || ':' || i`)}, ${genderSql(h, `'v' || p.code || ':' || i`)},
           ${literal(tokens.phone)}, ${h.hex64(`'vphone:' || p.code || ':' || i`)}, '${volunteerConsentVersion}',
           timestamptz '2024-06-01 02:00Z' + ${h.between(0, 180, `'consent:' || p.code || ':' || i`)} * interval '1 day',
           'committee', ${creator}, timestamptz '2024-06-01 02:00Z', timestamptz '2024-06-01 02:00Z'
    FROM places p, generate_series(1, greatest(1, round(p.residents * ${volunteerShare} * (0.8 + 0.4 * ${h.unit(`'vols:' || p.code`)}))::int)) AS i
    WHERE p.district_code = $1`,
};

/** The platform-wide claim of each volunteer's ID number. */
const volunteerIdNumbers: GenerationStep = {
  name: 'volunteer_id_numbers',
  sql: ({ creator }) => `
    INSERT INTO volunteer_id_numbers (id_number_index, district_code, volunteer_id)
    SELECT id_number_index, district_code, id FROM volunteers WHERE district_code = $1 AND enrolled_by = ${creator}`,
};

export const volunteerSteps = [volunteers, volunteerIdNumbers];
