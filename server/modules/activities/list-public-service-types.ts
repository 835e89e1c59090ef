import type { Ctx } from '../../platform/context';
import { allDictionaries } from '../dictionaries/dictionary-cache';

/** The service types (dictionary `service_type`) for the portal's activity filter. */
export async function listPublicServiceTypes({ ctx }: { ctx: Ctx }) {
  const types = (await allDictionaries(ctx.db)).find((d) => d.type === 'service_type');
  return { items: (types?.entries ?? []).filter((e) => e.enabled).map(({ code, labelZh, labelEn }) => ({ code, labelZh, labelEn })) };
}
