import type { MajorActivityKind } from './major-activities.tables';

/** How each kind is written on papers and exports (seed 000 第17条). */
export const majorActivityKindNames: Record<MajorActivityKind, string> = {
  festival: '节庆活动', performance: '文艺演出', sports: '体育比赛', gathering: '聚集性活动',
};
