import { and, eq, like, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/database';
import type { z } from 'zod';
import type { ActorCtx } from '../../platform/context';
import { authorize } from '../../platform/policy/authorize';
import { inScopeSlots, scopeShapeOf, scopeValues, type ScopeShape } from '../../platform/policy/policy';
import { preparedRead } from '../../platform/db/prepared-read';
import { NotFoundError } from '../../platform/errors';
import { jurisdictions } from '../jurisdictions/jurisdictions.tables';
import { ancestorCodes, childCodeSql, childNodes, findNode } from '../jurisdictions/jurisdiction-queries';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { urbanCommunitySql } from '../jurisdictions/urban-community';
import { allDictionaries } from '../dictionaries/dictionary-cache';
import { communityDensityCounts, organizationActiveCounts, organizationCounts, organizationDistrictCounts } from './statistics.tables';
import type { OrgClass } from '../organizations/organizations.tables';
import { organizationFigures, type CountRow, type DensityRow, type OrganizationFigures, type Targets } from './organization-figures';
import type { organizationStatisticsQuerySchema } from './statistics.schemas';

export type OrganizationStatisticsRow = OrganizationFigures & {
  code: string; name: string;
  /** Organizations sitting at the node itself (a street office's own); every other row opens one level down. */
  self: boolean;
};

/**
 * 组织发展统计 for a node of the actor's subtree: one row per child node (and one for the node's own
 * organizations), and the total. Counts come from the tables the triggers keep (statistics.tables.ts):
 * a province or city reads the per-district rows and density buckets, a district or street the
 * per-place rows, and the density joins its communities to their active counts.
 */
export async function getOrganizationStatistics({ ctx, input }: { ctx: ActorCtx; input: z.infer<typeof organizationStatisticsQuerySchema> }) {
  await authorize(ctx, 'statistics.organizations');
  const code = input.jurisdictionCode ?? ctx.actor.jurisdictionCode;
  if (input.jurisdictionCode) await authorize(ctx, 'statistics.organizations', { jurisdictionCode: code });
  const node = await findNode(ctx.db, code);
  if (!node) throw new NotFoundError('notFound', { what: code });

  const [urbanTarget, ruralTarget] = await Promise.all([
    ctx.services.settings.get('density.urbanTarget'), ctx.services.settings.get('density.ruralTarget'),
  ]);
  const targets: Targets = { urban: urbanTarget, rural: ruralTarget };
  const [counts, density, children, names, dictionaries] = await Promise.all([
    countRows(ctx, code),
    densityRows(ctx, code, targets),
    code.length < 12 ? childNodes(ctx.db, code) : Promise.resolve([]),
    // The node's own name is known already: at the actor's own node (the dashboard's first view) there is nothing to look up.
    jurisdictionNames(ctx.db, ancestorCodes(code).filter((c) => c.startsWith(ctx.actor.jurisdictionCode))),
    allDictionaries(ctx.db),
  ]);

  const figuresOf = (place: string) => organizationFigures(
    counts.filter((c) => c.code === place), density.filter((d) => d.code === place), targets,
  );
  const hasSelf = counts.some((c) => c.code === code) || density.some((d) => d.code === code);
  const items: OrganizationStatisticsRow[] = [
    ...(hasSelf ? [{ code, name: node.name, self: true, ...figuresOf(code) }] : []),
    ...children.map((child) => ({ code: child.code, name: child.name, self: false, ...figuresOf(child.code) })),
  ];
  const known = (dictionaries.find((d) => d.type === 'org_category')?.entries ?? [])
    .map((e) => ({ code: e.code, label: ctx.lang === 'en' ? e.labelEn : e.labelZh }));
  const others = [...new Set(counts.flatMap((c) => (c.category ? [c.category] : [])))].filter((c) => !known.some((k) => k.code === c)).sort()
    .map((c) => ({ code: c, label: c }));
  return {
    node: { code: node.code, name: node.name, level: node.level },
    /** From the actor's own node down to this one, for the breadcrumb. */
    path: [...names, [code, node.name] as const].map(([c, name]) => ({ code: c, name })).sort((a, b) => a.code.length - b.code.length),
    targets,
    categories: [...known, ...others],
    total: organizationFigures(counts, density, targets),
    items,
  };
}

/**
 * The reads below run on every dashboard view, so each is built once per shape (`preparedRead`):
 * the node's code length (the child code's) and, at or below a district, the actor's scope shape.
 */
type NodeShape = `${number}` | `${ScopeShape}_${number}`;
const nodeShape = (ctx: ActorCtx, code: string): NodeShape => (code.length < 6 ? `${code.length}` : `${scopeShapeOf(ctx.actor)}_${code.length}`);
const codeLengthOf = (shape: NodeShape) => Number(shape.split('_').at(-1));
const actorShapeOf = (shape: NodeShape) => shape.split('_')[0] as ScopeShape;
const nodeValues = (ctx: ActorCtx, code: string, targets?: Targets) => ({
  nodePrefix: `${code}%`, ...(code.length >= 6 ? { ...scopeValues(ctx.actor), ...scopeValues({ jurisdictionCode: code }, 'node') } : {}),
  ...(targets ? { urbanTarget: targets.urban, ruralTarget: targets.rural } : {}),
});

/** Organizations by child place, status, class and category: per district above a district, per place at or below one. */
function countRows(ctx: ActorCtx, code: string): Promise<CountRow[]> {
  return (code.length < 6 ? districtCountRows : placeCountRows)(ctx.db, nodeValues(ctx, code), nodeShape(ctx, code));
}

// A node above a district lies inside the actor's subtree (authorized), so its prefix is the scope.
const districtCountRows = preparedRead('statistics_district_counts', (db, shape: NodeShape) => countsByPlace(
  db, organizationDistrictCounts, organizationDistrictCounts.districtCode, shape,
  like(organizationDistrictCounts.districtCode, sql.placeholder('nodePrefix')),
));

const placeCountRows = preparedRead('statistics_place_counts', (db, shape: NodeShape) => countsByPlace(
  db, organizationCounts, organizationCounts.jurisdictionCode, shape,
  and(inScopeSlots(actorShapeOf(shape), organizationCounts), inScopeSlots('district', organizationCounts, 'node')),
));

/**
 * A count table's organizations summed by child place (of `placeColumn`) and status, and for active
 * organizations by class and category too: the figures need no more, and a province's rows fall
 * from one per status, class and category to one per status and one per active class and category.
 */
function countsByPlace(db: Db, table: typeof organizationCounts | typeof organizationDistrictCounts, placeColumn: PgColumn, shape: NodeShape, where: SQL | undefined) {
  const place = childCodeSql(placeColumn, codeLengthOf(shape));
  const ifActive = <T>(column: PgColumn) => sql<T | null>`case when ${table.status} = 'active' then ${column} end`;
  const orgClass = ifActive<OrgClass>(table.orgClass);
  const category = ifActive<string>(table.category);
  return db.select({
    code: place, status: table.status, orgClass, category, organizations: sql<number>`sum(${table.organizations})::int`,
  }).from(table as typeof organizationCounts).where(where).groupBy(place, table.status, orgClass, category);
}

/** The node's communities by child place and urban or rural: how many, their active organizations, how many below target. */
function densityRows(ctx: ActorCtx, code: string, targets: Targets): Promise<DensityRow[]> {
  return (code.length < 6 ? districtDensityRows : communityDensityRows)(ctx.db, nodeValues(ctx, code, targets), nodeShape(ctx, code));
}

const belowTarget = (active: unknown, urban: unknown) => sql`${active} < case when ${urban} then ${sql.placeholder('urbanTarget')}::int else ${sql.placeholder('ruralTarget')}::int end`;

const communityDensityRows = preparedRead('statistics_community_density', (db, shape: NodeShape) => {
  const place = childCodeSql(jurisdictions.code, codeLengthOf(shape));
  // Spelled out: inside a select list Drizzle drops the table prefix.
  const urban = sql<boolean>`${sql.raw(urbanCommunitySql('"jurisdictions"."area_type"', '"jurisdictions"."name"'))}`;
  const active = sql`coalesce(${organizationActiveCounts.organizations}, 0)`;
  return db.select({
    code: place,
    urban,
    communities: sql<number>`count(*)::int`,
    organizations: sql<number>`sum(${active})::int`,
    belowTarget: sql<number>`(count(*) filter (where ${belowTarget(active, urban)}))::int`,
  }).from(jurisdictions)
    .leftJoin(organizationActiveCounts, and(
      eq(organizationActiveCounts.districtCode, sql`left(${jurisdictions.code}, 6)`),
      eq(organizationActiveCounts.jurisdictionCode, jurisdictions.code),
      inScopeSlots(actorShapeOf(shape), organizationActiveCounts),
    ))
    .where(and(eq(jurisdictions.level, 5), like(jurisdictions.code, sql.placeholder('nodePrefix'))))
    .groupBy(place, urban);
});

/**
 * The same above a district, from the per-district buckets (communities holding exactly N active
 * organizations) instead of the tens of thousands of communities of a province.
 */
const districtDensityRows = preparedRead('statistics_district_density', (db, shape: NodeShape) => {
  const place = childCodeSql(communityDensityCounts.districtCode, codeLengthOf(shape));
  const { urban, activeOrganizations, communities } = communityDensityCounts;
  return db.select({
    code: place,
    urban,
    communities: sql<number>`sum(${communities})::int`,
    organizations: sql<number>`sum(${communities} * ${activeOrganizations})::int`,
    belowTarget: sql<number>`coalesce(sum(${communities}) filter (where ${belowTarget(activeOrganizations, urban)}), 0)::int`,
  }).from(communityDensityCounts)
    .where(like(communityDensityCounts.districtCode, sql.placeholder('nodePrefix')))
    .groupBy(place, urban);
});
