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
           CASE f.fate WHEN 'draft' THEN 0 WHEN 'committee_review' THEN 1 WHEN 'street_review' THEN 2 WHEN 'public_notice' THEN 3
                       WHEN 'returned' THEN 3 WHEN 'rejected' THEN 3 ELSE 4 END,
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
           CASE o.status WHEN 'terminated' THEN 'termination' ELSE 'revocation' END, o.status, CASE o.status WHEN 'terminated' THEN 4 ELSE 2 END,
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

/**
 * The transitions that brought each case to its state, as the workflow runner appends them
 * (`version` counts them): a first filing through the committee and the street to its notice and
 * filing (a returned one sent back by the street, a rejected one refused by it), a termination the
 * same way, a revocation published by the street; the last step of a notice is the platform's.
 */
const caseTransitions: GenerationStep = {
  name: 'case_transitions',
  sql: ({ h, creator }) => `
    WITH paths (kind, n, action, from_state, to_state, role) AS (VALUES
      ('filing', 1, 'submit', 'draft', 'committee_review', 'org'), ('filing', 2, 'forward', 'committee_review', 'street_review', 'committee'),
      ('filing', 3, 'approve', 'street_review', 'public_notice', 'street'), ('filing', 4, 'file', 'public_notice', 'filed', NULL),
      ('filing-returned', 1, 'submit', 'draft', 'committee_review', 'org'), ('filing-returned', 2, 'forward', 'committee_review', 'street_review', 'committee'),
      ('filing-returned', 3, 'return', 'street_review', 'draft', 'street'),
      ('filing-rejected', 1, 'submit', 'draft', 'committee_review', 'org'), ('filing-rejected', 2, 'forward', 'committee_review', 'street_review', 'committee'),
      ('filing-rejected', 3, 'reject', 'street_review', 'rejected', 'street'),
      ('termination', 1, 'submit', 'draft', 'committee_review', 'org'), ('termination', 2, 'forward', 'committee_review', 'street_review', 'committee'),
      ('termination', 3, 'approve', 'street_review', 'public_notice', 'street'), ('termination', 4, 'terminate', 'public_notice', 'terminated', NULL),
      ('revocation', 1, 'publish', 'draft', 'public_notice', 'street'), ('revocation', 2, 'revoke', 'public_notice', 'revoked', NULL)
    ),
    cases AS (
      SELECT f.*, CASE WHEN f.kind = 'filing' AND f.state = 'draft' AND f.version > 0 THEN 'filing-returned'
                       WHEN f.kind = 'filing' AND f.state = 'rejected' THEN 'filing-rejected' ELSE f.kind END AS path
      FROM filings f WHERE f.district_code = $1 AND f.created_by = ${creator}
    )
    INSERT INTO case_transitions (district_code, id, case_type, case_id, jurisdiction_code, action, from_state, to_state,
      actor_user_id, actor_name, actor_role, opinion, fields_to_fix, created_at)
    SELECT c.district_code, ${h.uuid(`'transition:' || c.id::text || ':' || p.n`)}, c.kind, c.id, c.jurisdiction_code, p.action, p.from_state, p.to_state,
           CASE WHEN p.role IS NOT NULL THEN ${creator} END,
           CASE p.role WHEN 'org' THEN '组织负责人' WHEN 'committee' THEN '社区工作人员' WHEN 'street' THEN '街道工作人员' END, p.role,
           CASE p.action WHEN 'approve' THEN '材料齐全，同意公示' WHEN 'return' THEN '章程中党建条款不完整，请补正'
                         WHEN 'reject' THEN '活动内容超出社区社会组织范围' WHEN 'publish' THEN '连续一年未开展活动' END,
           CASE WHEN p.action = 'return' THEN '["charter"]'::jsonb END,
           -- Spread between the case's start and its last change, the last step at the last change.
           CASE WHEN p.n = c.version THEN c.updated_at
                ELSE c.created_at + (c.updated_at - c.created_at) * p.n / (c.version + 1) END
    FROM cases c JOIN paths p ON p.kind = c.path AND p.n <= c.version`,
};

function sqlList(values: string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

export const filingSteps = [filingCases, endingCases, caseTransitions, certificates, certificateCounters, organizationCertificateNumbers];
