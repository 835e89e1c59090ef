import type { Ctx } from '../../platform/context';
import { allDictionaries } from '../dictionaries/dictionary-cache';

/** The organization categories (a dictionary) for the directory's filter and its cards' labels. */
export async function listPublicCategories({ ctx }: { ctx: Ctx }) {
  const categories = (await allDictionaries(ctx.db)).find((d) => d.type === 'org_category');
  return {
    items: (categories?.entries ?? []).filter((e) => e.enabled).map(({ code, labelZh, labelEn }) => ({ code, labelZh, labelEn })),
  };
}
