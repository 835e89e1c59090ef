import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import type { Settings } from '../../platform/settings/settings';
import { authorize } from '../../platform/policy/authorize';
import { ValidationError, type FieldError } from '../../platform/errors';
import { findActiveFiledOrganization, openOrganizationCase } from './organization-case';
import type { meetingRecordSchema } from './filings.schemas';

type MeetingRecord = z.infer<typeof meetingRecordSchema>;

/**
 * The members' meeting must have decided it (seed 001 第三条): enough of all members present and
 * enough of those present voting for. The shares are settings.
 */
export async function checkMeetingRecord(settings: Settings, meeting: MeetingRecord, memberCount: number): Promise<void> {
  const errors: FieldError[] = [];
  const votes = meeting.votesFor + meeting.votesAgainst + meeting.abstentions;
  if (meeting.membersPresent > memberCount) errors.push({ path: 'meeting.membersPresent', key: 'meetingMorePresentThanMembers', params: { members: memberCount } });
  if (votes > meeting.membersPresent) errors.push({ path: 'meeting.votesFor', key: 'meetingVotesExceedPresent' });
  const quorum = await settings.get('termination.quorumPercent');
  const approval = await settings.get('termination.approvalPercent');
  if (!errors.length && meeting.membersPresent * 100 < memberCount * quorum) {
    errors.push({ path: 'meeting.membersPresent', key: 'meetingNoQuorum', params: { percent: quorum } });
  }
  if (!errors.length && meeting.votesFor * 100 < meeting.membersPresent * approval) {
    errors.push({ path: 'meeting.votesFor', key: 'meetingNotApproved', params: { percent: approval } });
  }
  if (errors.length) throw new ValidationError('validation', {}, errors);
}

/** 退出: the leader or the committee records the members' meeting and applies to the committee. */
export async function startTermination({ ctx, organizationId, input }: { ctx: ActorCtx; organizationId: string; input: { meeting: MeetingRecord } }) {
  await authorize(ctx, 'filing.create');
  const organization = await findActiveFiledOrganization(ctx, organizationId);
  await checkMeetingRecord(ctx.services.settings, input.meeting, organization.memberCount);
  return openOrganizationCase(ctx, organization, 'termination', { details: { meeting: input.meeting } });
}
