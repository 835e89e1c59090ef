import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorCtx } from '../../platform/http/request-context';
import { authorize } from '../../platform/policy/authorize';
import { recordAudit } from '../../platform/audit/audit';
import { auditActor } from '../../platform/audit/audit-actor';
import { settingDefinitions, type SettingKey } from '../../platform/settings/settings';
import { ValidationError } from '../../platform/errors';

const tags = ['settings 系统设置'];
const settingKeys = Object.keys(settingDefinitions) as [SettingKey, ...SettingKey[]];

/** The values a list setting may hold, read from its schema (an array of an enum), so editors can offer them. */
function allowedValues(key: SettingKey): string[] | undefined {
  const schema: z.ZodType = settingDefinitions[key].schema;
  if (schema instanceof z.ZodArray && schema.element instanceof z.ZodEnum) return (schema.element.options as (string | number)[]).map(String);
  return undefined;
}
const settingItemSchema = z.object({ key: z.string(), value: z.unknown(), default: z.unknown(), options: z.array(z.string()).optional() });

export async function settingsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/settings', {
    schema: { tags, summary: '系统设置', response: { 200: z.object({ items: z.array(settingItemSchema) }) } },
  }, async (request) => {
    const ctx = actorCtx(request);
    await authorize(ctx, 'setting.read');
    const values = await ctx.services.settings.all();
    return {
      items: settingKeys.map((key) => {
        const options = allowedValues(key);
        return { key, value: values[key], default: settingDefinitions[key].default, ...(options ? { options } : {}) };
      }),
    };
  });

  app.put('/api/settings/:key', {
    schema: { tags, summary: '修改设置', params: z.object({ key: z.enum(settingKeys) }), body: z.object({ value: z.unknown() }), response: { 204: z.null() } },
  }, async (request, reply) => {
    const ctx = actorCtx(request);
    await authorize(ctx, 'setting.update');
    const { key } = request.params;
    const parsed = settingDefinitions[key].schema.safeParse(request.body.value);
    if (!parsed.success) {
      throw new ValidationError('validation', {}, [{ path: 'value', key: 'literal', params: { text: parsed.error.issues[0]?.message } }]);
    }
    await ctx.db.transaction(async (tx) => {
      await ctx.services.settings.set(tx, key, parsed.data, ctx.actor.userId);
      await recordAudit(tx, auditActor(ctx), { action: 'setting.update', targetType: 'setting', targetId: key, details: { value: parsed.data } });
    });
    return reply.code(204).send(null);
  });
}
