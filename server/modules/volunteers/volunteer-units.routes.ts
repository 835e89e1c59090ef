import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { listStations } from './list-stations';
import { createStation } from './create-station';
import { updateStation } from './update-station';
import { listTeams } from './list-teams';
import { createTeam } from './create-team';
import { updateTeam } from './update-team';
import { addTeamMember } from './add-team-member';
import { removeTeamMember } from './remove-team-member';
import {
  addTeamMemberBodySchema, createStationBodySchema, createTeamBodySchema, listStationsQuerySchema, listTeamsQuerySchema, teamMemberParamsSchema,
  updateStationBodySchema, updateTeamBodySchema, volunteerIdParamsSchema,
} from './volunteers.schemas';

const tags = ['volunteer stations and teams 志愿服务站与队伍'];

/** 志愿服务站 and 志愿服务队 with their managers and members. */
export async function volunteerUnitsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/volunteer-stations', {
    schema: { tags, summary: '志愿服务站（管辖范围内）', querystring: listStationsQuerySchema },
  }, async (request) => listStations({ ctx: actorCtx(request), input: request.query }));

  app.post('/api/volunteer-stations', {
    schema: { tags, summary: '设立志愿服务站', body: createStationBodySchema },
  }, async (request) => createStation({ ctx: actorCtx(request), input: request.body }));

  app.patch('/api/volunteer-stations/:id', {
    schema: { tags, summary: '修改服务站（名称、地址、负责人）', params: volunteerIdParamsSchema, body: updateStationBodySchema },
  }, async (request) => updateStation({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.get('/api/volunteer-teams', {
    schema: { tags, summary: '志愿服务队（组织负责人：本组织的队伍）', querystring: listTeamsQuerySchema },
  }, async (request) => listTeams({ ctx: actorCtx(request), input: request.query }));

  app.post('/api/volunteer-teams', {
    schema: { tags, summary: '组建志愿服务队（组织、服务站或社区的队伍）', body: createTeamBodySchema },
  }, async (request) => createTeam({ ctx: actorCtx(request), input: request.body }));

  app.patch('/api/volunteer-teams/:id', {
    schema: { tags, summary: '修改队伍（名称、负责人）', params: volunteerIdParamsSchema, body: updateTeamBodySchema },
  }, async (request) => updateTeam({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/volunteer-teams/:id/members', {
    schema: { tags, summary: '添加队员', params: volunteerIdParamsSchema, body: addTeamMemberBodySchema },
  }, async (request) => addTeamMember({ ctx: actorCtx(request), id: request.params.id, volunteerId: request.body.volunteerId }));

  app.delete('/api/volunteer-teams/:id/members/:volunteerId', {
    schema: { tags, summary: '移出队员', params: teamMemberParamsSchema },
  }, async (request) => removeTeamMember({ ctx: actorCtx(request), id: request.params.id, volunteerId: request.params.volunteerId }));
}
