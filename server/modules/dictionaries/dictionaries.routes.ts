import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorCtx } from '../../platform/http/request-context';
import { allDictionaries } from './dictionary-cache';
import { createDictionaryEntry, updateDictionaryEntry } from './save-dictionary-entry';
import {
  createEntryBodySchema, dictionaryEntryParamsSchema, dictionaryEntrySchema, dictionaryTypeParamsSchema,
  dictionaryTypeSchema, updateEntryBodySchema,
} from './dictionaries.schemas';

const tags = ['dictionaries 数据字典'];
const entryView = (row: z.infer<typeof dictionaryEntrySchema>) =>
  ({ code: row.code, labelZh: row.labelZh, labelEn: row.labelEn, sort: row.sort, enabled: row.enabled });

export async function dictionariesRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/dictionaries', {
    schema: { tags, summary: '全部数据字典', response: { 200: z.object({ types: z.array(dictionaryTypeSchema) }) } },
  }, async (request) => {
    actorCtx(request);
    return { types: await allDictionaries(request.ctx.db) };
  });

  app.post('/api/dictionaries/:type', {
    schema: { tags, summary: '新增字典项', params: dictionaryTypeParamsSchema, body: createEntryBodySchema, response: { 200: dictionaryEntrySchema } },
  }, async (request) => entryView(await createDictionaryEntry({ ctx: actorCtx(request), type: request.params.type, input: request.body })));

  app.put('/api/dictionaries/:type/:code', {
    schema: { tags, summary: '修改或停用字典项', params: dictionaryEntryParamsSchema, body: updateEntryBodySchema, response: { 200: dictionaryEntrySchema } },
  }, async (request) => entryView(await updateDictionaryEntry({
    ctx: actorCtx(request), type: request.params.type, code: request.params.code, input: request.body,
  })));
}
