import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook, sendXlsx } from '../../platform/http/excel-reply';
import { readUpload } from '../../platform/http/upload';
import { setSessionCookie } from '../../platform/http/session-cookie';
import { buildTemplate } from '../../platform/excel/import';
import { sessionViewSchema } from '../account/account.schemas';
import { sessionView } from '../account/session-view';
import { registerVolunteer } from './register-volunteer';
import { getVolunteerConsent } from './get-volunteer-consent';
import { listVolunteerVocabulary } from './list-volunteer-vocabulary';
import { getOwnVolunteer } from './get-own-volunteer';
import { updateOwnVolunteer } from './update-own-volunteer';
import { joinTeam } from './join-team';
import { leaveTeam } from './leave-team';
import { listManagedUnits } from './list-managed-units';
import { listVolunteers } from './list-volunteers';
import { volunteersSheet } from './volunteers-sheet';
import { getVolunteer } from './get-volunteer';
import { enrolVolunteer } from './enrol-volunteer';
import { importVolunteers, volunteerImport } from './import-volunteers';
import { volunteerUnitsRoutes } from './volunteer-units.routes';
import {
  enrolVolunteerBodySchema, importVolunteersQuerySchema, listVolunteersQuerySchema, ownTeamParamsSchema, registerVolunteerBodySchema,
  updateOwnVolunteerBodySchema, volunteerIdParamsSchema,
} from './volunteers.schemas';

const tags = ['volunteers 志愿者'];

export async function volunteersRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post('/api/public/volunteers', {
    config: { public: true },
    schema: { tags, summary: '志愿者注册（实名、同意书；注册后即登录）', security: [], body: registerVolunteerBodySchema, response: { 200: sessionViewSchema } },
  }, async (request, reply) => {
    const { cookieValue, session } = await registerVolunteer({ ctx: request.ctx, input: request.body });
    setSessionCookie(reply, request.ctx, cookieValue);
    return sessionView(request.ctx, session);
  });

  app.get('/api/public/volunteer-consent', {
    config: { public: true },
    schema: { tags, summary: '志愿者个人信息处理同意书（文本与版本）', security: [], response: { 200: z.object({ version: z.string(), text: z.string() }) } },
  }, async (request) => getVolunteerConsent({ ctx: request.ctx }));

  app.get('/api/public/volunteer-vocabulary', {
    config: { public: true },
    schema: { tags, summary: '技能特长与服务意向（可选项）', security: [] },
  }, async (request) => listVolunteerVocabulary({ ctx: request.ctx }));

  app.get('/api/volunteers/me', {
    schema: { tags, summary: '我的志愿者信息（队伍、可加入的队伍、报名限制）' },
  }, async (request) => getOwnVolunteer({ ctx: actorCtx(request) }));

  app.patch('/api/volunteers/me', {
    schema: { tags, summary: '修改我的技能特长、服务意向、可服务时间', body: updateOwnVolunteerBodySchema },
  }, async (request) => updateOwnVolunteer({ ctx: actorCtx(request), input: request.body }));

  app.post('/api/volunteers/me/teams/:teamId', {
    schema: { tags, summary: '加入队伍（面向本人所在社区、街道的队伍）', params: ownTeamParamsSchema },
  }, async (request) => joinTeam({ ctx: actorCtx(request), teamId: request.params.teamId }));

  app.delete('/api/volunteers/me/teams/:teamId', {
    schema: { tags, summary: '退出队伍', params: ownTeamParamsSchema },
  }, async (request) => leaveTeam({ ctx: actorCtx(request), teamId: request.params.teamId }));

  app.get('/api/volunteers/me/managed', {
    schema: { tags, summary: '我负责的服务站与队伍' },
  }, async (request) => listManagedUnits({ ctx: actorCtx(request) }));

  app.get('/api/volunteers', {
    schema: { tags, summary: '志愿者名册（管辖范围内；组织：本组织队伍的成员）', querystring: listVolunteersQuerySchema },
  }, async (request, reply) => {
    const ctx = actorCtx(request);
    const result = await listVolunteers({ ctx, input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '志愿者名册', await volunteersSheet(ctx, result.items));
  });

  app.post('/api/volunteers', {
    schema: { tags, summary: '录入志愿者（已签纸质同意书）', body: enrolVolunteerBodySchema },
  }, async (request) => enrolVolunteer({ ctx: actorCtx(request), input: request.body }));

  app.get('/api/volunteers/import-template', {
    schema: { tags, summary: '志愿者名册导入模板（Excel）' },
  }, async (_request, reply) => sendXlsx(reply, '志愿者名册模板', await buildTemplate(volunteerImport)));

  app.post('/api/volunteers/import', {
    schema: {
      tags, summary: '从 Excel 导入志愿者（全部成功或全部不导入；组织须指定本组织队伍）', querystring: importVolunteersQuerySchema, consumes: ['multipart/form-data'],
      response: { 200: z.object({ imported: z.number() }) },
    },
  }, async (request) => {
    const ctx = actorCtx(request);
    const readFile = async () => (await readUpload(request, await ctx.services.settings.get('attachments.maxBytes'))).content;
    return importVolunteers({ ctx, teamId: request.query.teamId, readFile });
  });

  app.get('/api/volunteers/:id', {
    schema: { tags, summary: '志愿者详情（号码脱敏、所在队伍）', params: volunteerIdParamsSchema },
  }, async (request) => getVolunteer({ ctx: actorCtx(request), id: request.params.id }));

  await volunteerUnitsRoutes(fastify);
}
