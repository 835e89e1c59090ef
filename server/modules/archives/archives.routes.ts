import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { filingIdParamsSchema } from '../filings/filings.schemas';
import { listArchive } from './list-archive';
import { downloadArchiveDocument } from './download-archive-document';
import { uploadArchiveDocument } from './upload-archive-document';
import { exportArchiveZip } from './export-archive-zip';
import { caseCharterPdf } from './case-charter-pdf';
import { caseFilingFormPdf } from './case-filing-form-pdf';
import {
  archiveDocumentParamsSchema, archiveEntrySchema, archiveResponseSchema, organizationArchiveParamsSchema, uploadArchiveDocumentBodySchema,
} from './archives.schemas';

const tags = ['archives 档案'];

function disposition(reply: FastifyReply, kind: 'inline' | 'attachment', fileName: string): FastifyReply {
  return reply.header('content-disposition', `${kind}; filename*=UTF-8''${encodeURIComponent(fileName)}`).header('x-content-type-options', 'nosniff');
}

export async function archivesRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/organizations/:id/archive', {
    schema: { tags, summary: '组织档案（按类型、各版本由新到旧）', params: organizationArchiveParamsSchema, response: { 200: archiveResponseSchema } },
  }, async (request) => listArchive({ ctx: actorCtx(request), organizationId: request.params.id }));

  app.get('/api/organizations/:id/archive/:docId/file', {
    schema: { tags, summary: '下载档案文件（按存档快照生成的 PDF，或上传的文件）', params: archiveDocumentParamsSchema },
  }, async (request, reply) => {
    const file = await downloadArchiveDocument({ ctx: actorCtx(request), organizationId: request.params.id, docId: request.params.docId });
    return disposition(reply.type(file.mimeType), 'attachment', file.fileName).send(file.content);
  });

  app.post('/api/organizations/:id/archive', {
    schema: {
      tags, summary: '上传档案材料（先经 POST /api/attachments 上传文件）', params: organizationArchiveParamsSchema,
      body: uploadArchiveDocumentBodySchema, response: { 200: archiveEntrySchema },
    },
  }, async (request) => uploadArchiveDocument({ ctx: actorCtx(request), organizationId: request.params.id, input: request.body }));

  app.get('/api/organizations/:id/archive.zip', {
    schema: { tags, summary: '下载全部档案（zip，含目录）', params: organizationArchiveParamsSchema },
  }, async (request, reply) => {
    const zip = await exportArchiveZip({ ctx: actorCtx(request), organizationId: request.params.id });
    return disposition(reply.type('application/zip'), 'attachment', zip.fileName).send(zip.stream);
  });

  app.get('/api/filings/:id/charter.pdf', {
    schema: { tags, summary: '备案事项的章程 PDF（草稿或已备案）', params: filingIdParamsSchema },
  }, async (request, reply) => {
    const pdf = await caseCharterPdf({ ctx: actorCtx(request), id: request.params.id });
    return disposition(reply.type('application/pdf'), 'inline', pdf.fileName).send(pdf.content);
  });

  app.get('/api/filings/:id/filing-form.pdf', {
    schema: { tags, summary: '备案事项的备案表 PDF（草稿或已备案）', params: filingIdParamsSchema },
  }, async (request, reply) => {
    const pdf = await caseFilingFormPdf({ ctx: actorCtx(request), id: request.params.id });
    return disposition(reply.type('application/pdf'), 'inline', pdf.fileName).send(pdf.content);
  });
}
