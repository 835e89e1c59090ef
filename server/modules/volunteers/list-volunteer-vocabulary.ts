import type { Ctx } from '../../platform/context';
import { volunteerVocabulary } from './volunteer-facts';

/** The skills and service interests a volunteer chooses from (enabled dictionary entries), for the portal's forms. */
export async function listVolunteerVocabulary({ ctx }: { ctx: Ctx }) {
  const vocabulary = await volunteerVocabulary(ctx.db);
  const entries = (map: Map<string, { code: string; labelZh: string; labelEn: string }>) =>
    [...map.values()].map(({ code, labelZh, labelEn }) => ({ code, labelZh, labelEn }));
  return { skills: entries(vocabulary.skills), interests: entries(vocabulary.interests) };
}
