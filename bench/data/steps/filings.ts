import { fateSql, filedFates } from '../fates';
import type { GenerationStep } from '../step';

const certificateYear = 2025;

/**
 * The first filing of every filed-class organization, in the state its fate says. Open public
 * notices are anchored to the day of generation (started up to 5 days ago, 7 days long) so the
 * portal's notice list has current ones; every other value comes from the seed.
 */
const filingCases: GenerationStep = {
  name: 'filings',
  sql: ({ h, creator }) => `
    INSERT INTO filings (district_code, id, organization_id, jurisdiction_code, kind, state, version, charter_version,
      notice_starts_at, notice_ends_at, submitted_at, created_by, created_at, updated_at)
    SELECT o.district_code, ${h.uuid(`'filing:' || o.id::text`)}, o.id, o.jurisdiction_code, 'filing',
           CASE f.fate WHEN 'returned' THEN 'draft' WHEN 'terminated' THEN 'filed' WHEN 'revoked' THEN 'filed' ELSE f.fate END,
           CASE f.fate WHEN 'draft' THEN 0 WHEN 'committee_review' THEN 1 WHEN 'street_review' THEN 2 WHEN 'returned' THEN 2 ELSE 3 END,
           1,
           CASE WHEN f.fate = 'public_notice' THEN current_date - ${h.between(0, 5, `'notice:' || o.id::text`)}
                WHEN f.fate IN (${sqlList(filedFates)}) THEN o.filed_at - interval '7 days' END,
           CASE WHEN f.fate = 'public_notice' THEN current_date - ${h.between(0, 5, `'notice:' || o.id::text`)} + 7
                WHEN f.fate IN (${sqlList(filedFates)}) THEN o.filed_at END,
           CASE WHEN f.fate <> 'draft' THEN o.created_at + interval '1 day' END,
           ${creator}, o.created_at, coalesce(o.filed_at, o.updated_at)
    FROM organizations o, LATERAL (SELECT ${fateSql(h, 'o.id')} AS fate) f
    WHERE o.district_code = $1 AND o.created_by = ${creator} AND o.org_class = 'filed'`,
};

/** The case that ended a terminated or revoked organization, in its final state. */
const endingCases: GenerationStep = {
  name: 'filings',
  sql: ({ h, creator }) => `
    INSERT INTO filings (district_code, id, organization_id, jurisdiction_code, kind, state, version,
      notice_starts_at, notice_ends_at, submitted_at, details, created_by, created_at, updated_at)
    SELECT o.district_code, ${h.uuid(`'ending:' || o.id::text`)}, o.id, o.jurisdiction_code,
           CASE o.status WHEN 'terminated' THEN 'termination' ELSE 'revocation' END, o.status, 3,
           o.ended_at - interval '7 days', o.ended_at, o.ended_at - interval '20 days',
           CASE o.status WHEN 'terminated'
             THEN jsonb_build_object('meeting', jsonb_build_object('heldOn', (o.ended_at - interval '30 days')::date, 'membersPresent', o.member_count,
                    'votesFor', o.member_count, 'votesAgainst', 0, 'abstentions', 0, 'reason', '成员年事已高，活动难以为继', 'remainingAssets', '无'))
             ELSE jsonb_build_object('revocation', jsonb_build_object('cause', '连续一年未开展活动')) END,
           ${creator}, o.ended_at - interval '30 days', o.ended_at
    FROM organizations o
    WHERE o.district_code = $1 AND o.created_by = ${creator} AND o.status IN ('terminated', 'revoked')`,
};

/** A certificate per filed case, numbered per district without gaps in filing order. */
const certificates: GenerationStep = {
  name: 'certificates',
  sql: ({ h, creator }) => `
    INSERT INTO certificates (district_code, id, organization_id, filing_id, jurisdiction_code, number, year, seq, status,
      token, issued_at, status_changed_at, created_at)
    SELECT c.district_code, ${h.uuid(`'certificate:' || c.organization_id::text`)}, c.organization_id, c.id, c.jurisdiction_code,
           d.name || '社备〔${certificateYear}〕' || lpad(c.seq::text, 4, '0') || '号', ${certificateYear}, c.seq,
           CASE o.status WHEN 'active' THEN 'valid' ELSE o.status END,
           'bench.' || c.id::text, o.filed_at, o.ended_at, o.filed_at
    FROM (SELECT f.*, row_number() OVER (ORDER BY f.notice_ends_at, f.id) AS seq
          FROM filings f WHERE f.district_code = $1 AND f.kind = 'filing' AND f.state = 'filed' AND f.created_by = ${creator}) c
    JOIN organizations o ON o.district_code = c.district_code AND o.id = c.organization_id
    JOIN jurisdictions d ON d.code = c.district_code`,
};

const certificateCounters: GenerationStep = {
  name: 'certificate_counters',
  sql: () => `
    INSERT INTO certificate_counters (district_code, year, last_seq)
    SELECT district_code, ${certificateYear}, max(seq) FROM certificates
    WHERE district_code = $1 AND year = ${certificateYear} AND token LIKE 'bench.%' GROUP BY district_code
    ON CONFLICT (district_code, year) DO UPDATE SET last_seq = greatest(certificate_counters.last_seq, excluded.last_seq)`,
};

const organizationCertificateNumbers: GenerationStep = {
  name: 'organizations.certificate_number',
  sql: ({ creator }) => `
    UPDATE organizations o SET certificate_number = c.number
    FROM certificates c
    WHERE o.district_code = $1 AND c.district_code = o.district_code AND c.organization_id = o.id AND o.created_by = ${creator}`,
};

function sqlList(values: string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

export const filingSteps = [filingCases, endingCases, certificates, certificateCounters, organizationCertificateNumbers];
