import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listQuerySchema } from '../../platform/http/list';
import { listPublicNotices } from '../filings/public-notices';
import { raiseObjection } from '../filings/raise-objection';
import { objectionBodySchema } from '../filings/objections.schemas';
import { verifyCertificate } from '../certificates/verify-certificate';
import { listPublicOrganizations } from './list-public-organizations';
import { getPublicOrganization } from './get-public-organization';
import { listPublicPlaces } from './list-public-places';
import { listPublicCategories } from './list-public-categories';
import {
  publicCategoriesResponseSchema, publicDirectoryQuerySchema, publicDirectoryResponseSchema, publicOrganizationParamsSchema,
  publicOrganizationSchema, publicPlacesQuerySchema, publicPlacesResponseSchema,
} from './portal.schemas';

const tags = ['portal 门户（公开）'];

/** What the public portal reads and the one thing it writes (objections); no sign-in. */
export async function portalRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/public/organizations', {
    config: { public: true },
    schema: {
      tags, summary: '组织名录（备案与依法登记的组织）', security: [], querystring: publicDirectoryQuerySchema,
      response: { 200: publicDirectoryResponseSchema },
    },
  }, async (request) => listPublicOrganizations({ ctx: request.ctx, input: request.query }));

  app.get('/api/public/organizations/:id', {
    config: { public: true },
    schema: {
      tags, summary: '组织公开信息（负责人只显示姓氏）', security: [], params: publicOrganizationParamsSchema,
      response: { 200: publicOrganizationSchema },
    },
  }, async (request) => getPublicOrganization({ ctx: request.ctx, id: request.params.id }));

  app.get('/api/public/places', {
    config: { public: true },
    schema: { tags, summary: '区划的下级（地区筛选；不带 parent 为省级）', security: [], querystring: publicPlacesQuerySchema, response: { 200: publicPlacesResponseSchema } },
  }, async (request) => listPublicPlaces({ ctx: request.ctx, input: request.query }));

  app.get('/api/public/categories', {
    config: { public: true },
    schema: { tags, summary: '组织类别', security: [], response: { 200: publicCategoriesResponseSchema } },
  }, async (request) => listPublicCategories({ ctx: request.ctx }));

  app.get('/api/public/notices', {
    config: { public: true },
    schema: { tags, summary: '备案公示列表', security: [], querystring: listQuerySchema.pick({ page: true, pageSize: true }) },
  }, async (request) => listPublicNotices(request.ctx.services, request.query));

  app.post('/api/public/notices/:id/objections', {
    config: { public: true },
    schema: {
      tags, summary: '对公示提出异议（理由必填，联系方式可选）', security: [], params: z.object({ id: z.uuid() }), body: objectionBodySchema,
      response: { 200: z.object({ id: z.uuid() }) },
    },
  }, async (request) => raiseObjection({ ctx: request.ctx, filingId: request.params.id, input: request.body }));

  app.get('/api/public/certificates/verify', {
    config: { public: true },
    schema: {
      tags, summary: '备案证书查验（二维码或证书编号）', security: [],
      querystring: z.object({ token: z.string().max(2000).optional(), number: z.string().trim().min(3).max(60).optional() })
        .refine((q) => q.token || q.number, { message: 'certificateQueryMissing', path: ['number'] }),
    },
  }, async (request) => verifyCertificate(request.ctx.services, request.query));

  app.get('/.well-known/linli-certificate-key.pem', {
    config: { public: true },
    schema: { tags, summary: '证书签名公钥（离线验签）', security: [] },
  }, async (request, reply) => reply.type('application/x-pem-file').send(request.ctx.services.signingKeys.publicKeyPem));
}
