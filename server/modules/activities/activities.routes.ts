import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { publishActivity } from './publish-activity';
import { updateActivity } from './update-activity';
import { cancelActivity } from './cancel-activity';
import { listActivities } from './list-activities';
import { getActivity } from './get-activity';
import { listPublicActivities } from './list-public-activities';
import { getPublicActivity } from './get-public-activity';
import { listPublicServiceTypes } from './list-public-service-types';
import { signUp } from './sign-up';
import { cancelSignup } from './cancel-signup';
import { listMySignups } from './list-my-signups';
import { getCheckInCode } from './get-check-in-code';
import { scanAttendance } from './scan-attendance';
import { recordAttendance } from './record-attendance';
import { recordNoShow } from './record-no-show';
import { listHelpRequests } from './list-help-requests';
import { createHelpRequest } from './create-help-request';
import { suggestMatches } from './suggest-matches';
import { matchHelpRequest } from './match-help-request';
import { closeHelpRequest } from './close-help-request';
import {
  activityIdParamsSchema, cancelActivityBodySchema, checkInCodeBodySchema, closeHelpRequestBodySchema, createHelpRequestBodySchema,
  helpRequestIdParamsSchema, listActivitiesQuerySchema, listHelpRequestsQuerySchema, matchHelpRequestBodySchema, mySignupsQuerySchema,
  publicActivitiesQuerySchema, publishActivityBodySchema, recordAttendanceBodySchema, signupParamsSchema, updateActivityBodySchema,
} from './activities.schemas';

const tags = ['activities 志愿活动'];
const matching = ['help requests 供需对接'];
const statusZh = { published: '报名中', cancelled: '已取消', closed: '已结束' } as const;

export async function activitiesRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/activities', {
    schema: { tags, summary: '志愿活动（工作人员按管辖范围；负责人、志愿者看自己发布或负责的）', querystring: listActivitiesQuerySchema },
  }, async (request, reply) => {
    const result = await listActivities({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '志愿活动', {
      name: '志愿活动',
      rows: result.items,
      columns: [
        { header: '活动名称', key: 'title', value: (a) => a.title },
        { header: '服务类型', key: 'serviceType', value: (a) => a.serviceTypeLabel },
        { header: '主办方', key: 'host', value: (a) => a.hostName },
        { header: '街道/乡镇', key: 'street', value: (a) => a.streetName },
        { header: '社区/村', key: 'place', value: (a) => a.placeName },
        { header: '地址', key: 'address', value: (a) => a.address },
        { header: '开始时间', key: 'startsAt', value: (a) => new Date(a.startsAt) },
        { header: '结束时间', key: 'endsAt', value: (a) => new Date(a.endsAt) },
        { header: '名额', key: 'capacity', value: (a) => a.capacity },
        { header: '已报名', key: 'signedUp', value: (a) => a.signedUpCount },
        { header: '候补', key: 'waitlist', value: (a) => a.waitlistCount },
        { header: '负责人', key: 'manager', value: (a) => a.managerName },
        { header: '状态', key: 'status', value: (a) => statusZh[a.status] },
      ],
    });
  });

  app.post('/api/activities', {
    schema: { tags, summary: '发布志愿活动', body: publishActivityBodySchema },
  }, async (request) => publishActivity({ ctx: actorCtx(request), input: request.body }));

  app.get('/api/activities/mine', {
    schema: { tags, summary: '我的活动（本人报名、签到签退）', querystring: mySignupsQuerySchema },
  }, async (request) => listMySignups({ ctx: actorCtx(request), input: request.query }));

  app.get('/api/activities/:id', {
    schema: { tags, summary: '志愿活动详情（含报名名单）', params: activityIdParamsSchema },
  }, async (request) => getActivity({ ctx: actorCtx(request), id: request.params.id }));

  app.patch('/api/activities/:id', {
    schema: { tags, summary: '修改志愿活动（时间仅限开始前；名额不少于已报名人数）', params: activityIdParamsSchema, body: updateActivityBodySchema },
  }, async (request) => updateActivity({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/activities/:id/cancel', {
    schema: { tags, summary: '取消志愿活动（通知已报名的志愿者）', params: activityIdParamsSchema, body: cancelActivityBodySchema },
  }, async (request) => cancelActivity({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/activities/:id/signups', {
    schema: { tags, summary: '报名（名额已满时进入候补）', params: activityIdParamsSchema },
  }, async (request) => signUp({ ctx: actorCtx(request), id: request.params.id }));

  app.post('/api/activities/:id/signups/cancel', {
    schema: { tags, summary: '取消本人报名（截止时间后为迟取消，计入诚信记载）', params: activityIdParamsSchema },
  }, async (request) => cancelSignup({ ctx: actorCtx(request), id: request.params.id }));

  app.get('/api/activities/:id/check-in-code', {
    schema: { tags, summary: '签到二维码（每 5 分钟更换）', params: activityIdParamsSchema },
  }, async (request) => getCheckInCode({ ctx: actorCtx(request), id: request.params.id }));

  app.post('/api/activities/:id/check-in', {
    schema: { tags, summary: '扫码签到', params: activityIdParamsSchema, body: checkInCodeBodySchema },
  }, async (request) => scanAttendance({ ctx: actorCtx(request), id: request.params.id, input: request.body, step: 'in' }));

  app.post('/api/activities/:id/check-out', {
    schema: { tags, summary: '扫码签退', params: activityIdParamsSchema, body: checkInCodeBodySchema },
  }, async (request) => scanAttendance({ ctx: actorCtx(request), id: request.params.id, input: request.body, step: 'out' }));

  app.post('/api/activities/:id/signups/:signupId/check-in', {
    schema: { tags, summary: '代为签到（负责人）', params: signupParamsSchema, body: recordAttendanceBodySchema },
  }, async (request) => recordAttendance({ ctx: actorCtx(request), id: request.params.id, signupId: request.params.signupId, input: request.body, step: 'in' }));

  app.post('/api/activities/:id/signups/:signupId/check-out', {
    schema: { tags, summary: '代为签退（负责人）', params: signupParamsSchema, body: recordAttendanceBodySchema },
  }, async (request) => recordAttendance({ ctx: actorCtx(request), id: request.params.id, signupId: request.params.signupId, input: request.body, step: 'out' }));

  app.post('/api/activities/:id/signups/:signupId/no-show', {
    schema: { tags, summary: '记录未到（计入诚信记载）', params: signupParamsSchema },
  }, async (request) => recordNoShow({ ctx: actorCtx(request), id: request.params.id, signupId: request.params.signupId }));

  app.get('/api/public/activities', {
    config: { public: true },
    schema: { tags, summary: '志愿活动（公开：报名中、未结束，按开始时间）', security: [], querystring: publicActivitiesQuerySchema },
  }, async (request) => listPublicActivities({ ctx: request.ctx, input: request.query }));

  app.get('/api/public/activities/:id', {
    config: { public: true },
    schema: { tags, summary: '志愿活动（公开详情，无个人信息）', security: [], params: activityIdParamsSchema },
  }, async (request) => getPublicActivity({ ctx: request.ctx, id: request.params.id }));

  app.get('/api/public/service-types', {
    config: { public: true },
    schema: { tags, summary: '志愿服务类型（活动筛选）', security: [] },
  }, async (request) => listPublicServiceTypes({ ctx: request.ctx }));

  app.get('/api/help-requests', {
    schema: { tags: matching, summary: '服务需求（管辖范围内）', querystring: listHelpRequestsQuerySchema },
  }, async (request) => listHelpRequests({ ctx: actorCtx(request), input: request.query }));

  app.post('/api/help-requests', {
    schema: { tags: matching, summary: '登记服务需求', body: createHelpRequestBodySchema },
  }, async (request) => createHelpRequest({ ctx: actorCtx(request), input: request.body }));

  app.get('/api/help-requests/:id/suggestions', {
    schema: { tags: matching, summary: '对接建议（活动与志愿者，按匹配度）', params: helpRequestIdParamsSchema },
  }, async (request) => suggestMatches({ ctx: actorCtx(request), id: request.params.id }));

  app.post('/api/help-requests/:id/match', {
    schema: { tags: matching, summary: '记录对接（活动或志愿者）', params: helpRequestIdParamsSchema, body: matchHelpRequestBodySchema },
  }, async (request) => matchHelpRequest({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/help-requests/:id/close', {
    schema: { tags: matching, summary: '办结服务需求', params: helpRequestIdParamsSchema, body: closeHelpRequestBodySchema },
  }, async (request) => closeHelpRequest({ ctx: actorCtx(request), id: request.params.id, input: request.body }));
}
