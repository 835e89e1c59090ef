import { and, inArray, notInArray } from 'drizzle-orm';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScope, systemScope } from '../../platform/policy/policy';
import { volunteerTeams } from './volunteers.tables';
import { findOwnVolunteer, type Volunteer } from './own-volunteer';
import { presentVolunteer } from './volunteer-presenter';
import { presentTeams } from './unit-presenter';

/** A community's street and itself: the nodes where teams open to its residents sit (teams sit at streets and communities). */
const homeNodes = (community: string) => [community.slice(0, 9), community];

/**
 * The teams a volunteer may still join (see `teamOpenTo`). They sit at the volunteer's community or
 * its street, above the account's own node, so they are read platform-wide by their nodes.
 */
async function joinableTeams(ctx: ActorCtx, volunteer: Volunteer, joined: string[]) {
  return ctx.db.select().from(volunteerTeams).where(and(
    inArray(volunteerTeams.jurisdictionCode, homeNodes(volunteer.jurisdictionCode)), inScope(systemScope, volunteerTeams),
    joined.length ? notInArray(volunteerTeams.id, joined) : undefined,
  )).orderBy(volunteerTeams.name);
}

/** 我的: the signed-in volunteer's profile (numbers masked), teams, teams open to join and any sign-up restriction. */
export async function getOwnVolunteer({ ctx }: { ctx: ActorCtx }) {
  await authorize(ctx, 'volunteer.self');
  const volunteer = await findOwnVolunteer(ctx);
  const view = await presentVolunteer(ctx.db, ctx.services.fieldKeys, volunteer);
  const open = await joinableTeams(ctx, volunteer, view.teams.map((t) => t.id));
  return { ...view, openTeams: await presentTeams(ctx.db, open) };
}
