import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorCtx } from '../../platform/http/request-context';
import { readUpload } from '../../platform/http/upload';
import { uploadAttachment } from './upload-attachment';
import { openAttachment } from './download-attachment';

const tags = ['attachments 附件'];
const attachmentSchema = z.object({ id: z.string(), fileName: z.string(), mimeType: z.string(), sizeBytes: z.number(), createdAt: z.string() });

export async function attachmentsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post('/api/attachments', {
    schema: { tags, summary: '上传附件（multipart，字段 file）', consumes: ['multipart/form-data'], response: { 200: attachmentSchema } },
  }, async (request) => {
    const ctx = actorCtx(request);
    return uploadAttachment({ ctx, readUpload: async () => readUpload(request, await ctx.services.settings.get('attachments.maxBytes')) });
  });

  app.get('/api/attachments/:id', {
    schema: { tags, summary: '下载附件', params: z.object({ id: z.uuid() }) },
  }, async (request, reply) => {
    const { row, stream } = await openAttachment({ ctx: actorCtx(request), id: request.params.id });
    return reply
      .type(row.mimeType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .send(stream);
  });
}
