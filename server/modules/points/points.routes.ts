import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { listRewardItems } from './list-reward-items';
import { createRewardItem } from './create-reward-item';
import { updateRewardItem } from './update-reward-item';
import { listProviderAccounts } from './list-provider-accounts';
import { listPublicRewardItems } from './list-public-reward-items';
import { redeemPoints } from './redeem-points';
import { listMyRedemptions } from './list-my-redemptions';
import { myPoints } from './my-points';
import { listRedemptions } from './list-redemptions';
import { confirmRedemption } from './confirm-redemption';
import { idempotentReply } from '../../platform/http/idempotent-reply';
import {
  confirmRedemptionBodySchema, createRewardItemBodySchema, listMyRedemptionsQuerySchema, listProviderAccountsQuerySchema,
  listPublicRewardItemsQuerySchema, listRedemptionsQuerySchema, listRewardItemsQuerySchema, redeemBodySchema,
  rewardItemIdParamsSchema, updateRewardItemBodySchema,
} from './points.schemas';

const tags = ['points 服务积分兑换'];

export async function pointsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/reward-items', {
    schema: { tags, summary: '兑换目录（管辖范围内；库存为尚可兑换数，待领取另计）', querystring: listRewardItemsQuerySchema },
  }, async (request) => listRewardItems({ ctx: actorCtx(request), input: request.query }));

  app.post('/api/reward-items', {
    schema: { tags, summary: '新增兑换物品或服务', body: createRewardItemBodySchema },
  }, async (request) => createRewardItem({ ctx: actorCtx(request), input: request.body }));

  app.patch('/api/reward-items/:id', {
    schema: { tags, summary: '修改兑换物品（补货：填写补货后的库存数；上架/下架）', params: rewardItemIdParamsSchema, body: updateRewardItemBodySchema },
  }, async (request) => updateRewardItem({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.get('/api/reward-items/provider-accounts', {
    schema: { tags, summary: '可设为核销账号的用户（管辖范围内，任意角色）', querystring: listProviderAccountsQuerySchema },
  }, async (request) => listProviderAccounts({ ctx: actorCtx(request), input: request.query }));

  app.get('/api/public/reward-items', {
    config: { public: true },
    schema: { tags, summary: '积分兑换目录（公开：上架物品与剩余库存）', security: [], querystring: listPublicRewardItemsQuerySchema },
  }, async (request) => listPublicRewardItems({ ctx: request.ctx, input: request.query }));

  app.get('/api/points/mine', {
    schema: { tags, summary: '我的积分（可用与待领取占用）' },
  }, async (request) => myPoints({ ctx: actorCtx(request) }));

  app.post('/api/redemptions', {
    schema: { tags, summary: '兑换：预留积分与库存，生成取货码（同一 idempotencyKey 重试返回同一兑换）', body: redeemBodySchema },
  }, async (request, reply) => idempotentReply(reply, await redeemPoints({ ctx: actorCtx(request), input: request.body })));

  app.get('/api/redemptions/mine', {
    schema: { tags, summary: '我的兑换（含取货码）', querystring: listMyRedemptionsQuerySchema },
  }, async (request) => listMyRedemptions({ ctx: actorCtx(request), input: request.query }));

  app.get('/api/redemptions', {
    schema: { tags, summary: '兑换记录（提供单位账号：本单位物品；工作人员：管辖范围内）', querystring: listRedemptionsQuerySchema },
  }, async (request) => listRedemptions({ ctx: actorCtx(request), input: request.query }));

  app.post('/api/redemptions/confirm', {
    schema: { tags, summary: '核销取货码', body: confirmRedemptionBodySchema },
  }, async (request) => confirmRedemption({ ctx: actorCtx(request), input: request.body }));
}
