import { personNameSql } from '../people-sql';
import { shortPlaceNameSql } from '../scales';
import { literal, type GenerationStep } from '../step';

/**
 * 党建 as the street or committee records it, for active organizations: an own branch for a few,
 * the community's joint branch for more, an instructor for a third, `none` recorded for some; the
 * rest have no row (which counts as `none`).
 */
const partyBuilding: GenerationStep = {
  name: 'party_building',
  sql: ({ h, creator, tokens }) => `
    WITH chosen AS (
      SELECT o.*, ${h.share([['own_branch', 0.05], ['joint_branch', 0.2], ['instructor', 0.35], ['none', 0.15]], `'party-building:' || o.id::text`, 'unrecorded')} AS party_status
      FROM organizations o WHERE o.district_code = $1 AND o.created_by = ${creator} AND o.status = 'active'
    )
    INSERT INTO party_building (district_code, organization_id, jurisdiction_code, status, branch_name, extra_party_members,
      instructor_name, instructor_phone_enc, instructor_assigned_on, updated_by, updated_at)
    SELECT c.district_code, c.id, c.jurisdiction_code, c.party_status,
           CASE c.party_status WHEN 'own_branch' THEN c.name || '党支部' WHEN 'joint_branch' THEN ${shortPlaceNameSql('j.name')} || '社会组织联合党支部' END,
           CASE WHEN c.party_status = 'joint_branch' THEN ${h.between(0, 5, `'extra-members:' || c.id::text`)} ELSE 0 END,
           CASE WHEN c.party_status = 'instructor' THEN ${personNameSql(h, `'instructor:' || c.id::text`)} END,
           CASE WHEN c.party_status = 'instructor' THEN ${literal(tokens.phone)} END,
           CASE WHEN c.party_status = 'instructor' THEN c.updated_at::date + 30 END,
           ${creator}, c.updated_at + interval '30 days'
    FROM chosen c JOIN jurisdictions j ON j.code = c.jurisdiction_code
    WHERE c.party_status <> 'unrecorded'`,
};

/** The timeline line the record's save writes. */
const partyBuildingEvents: GenerationStep = {
  name: 'organization_events',
  sql: ({ h, creator }) => `
    INSERT INTO organization_events (district_code, id, organization_id, jurisdiction_code, kind, details, actor_id, occurred_at, created_at)
    SELECT p.district_code, ${h.uuid(`'event:party-building:' || p.organization_id::text`)}, p.organization_id, p.jurisdiction_code, 'partyBuilding.updated',
           jsonb_build_object('status', p.status, 'previousStatus', 'none'), ${creator}, p.updated_at, p.updated_at
    FROM party_building p WHERE p.district_code = $1 AND p.updated_by = ${creator}`,
};

export const partyBuildingSteps = [partyBuilding, partyBuildingEvents];
