import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { orgClasses, orgStatuses } from '../organizations/organizations.tables';
import { getOrganizationStatistics, type OrganizationStatisticsRow } from './get-organization-statistics';
import { organizationStatisticsQuerySchema } from './statistics.schemas';

const tags = ['statistics 统计分析'];
const statusZh = { draft: '备案中', active: '正常活动', terminated: '已退出', revoked: '已撤销', rejected: '不予备案' } as const;
const classZh = { registered: '依法登记', filed: '备案', guided: '社区指导' } as const;
const meets = (value: boolean | null) => (value === null ? null : value ? '达标' : '未达标');

export async function statisticsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/statistics/organizations', {
    schema: { tags, summary: '组织发展统计：按状态、类型、类别的组织数，城市/农村社区平均组织数与目标（按下一级区划，可逐级下钻）', querystring: organizationStatisticsQuerySchema },
  }, async (request, reply) => {
    const result = await getOrganizationStatistics({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    const { targets } = result;
    const total: OrganizationStatisticsRow = { ...result.total, code: result.node.code, name: '合计', self: false };
    return sendWorkbook(reply, `${result.node.name}组织发展统计`, {
      name: '组织发展统计',
      rows: [...result.items, total],
      columns: [
        { header: '区划', key: 'name', value: (r) => (r.self ? `${r.name}（本级）` : r.name) },
        { header: '区划代码', key: 'code', value: (r) => r.code },
        { header: '组织总数', key: 'organizations', value: (r) => r.organizations },
        ...orgStatuses.map((s) => ({ header: statusZh[s], key: `status.${s}`, value: (r: OrganizationStatisticsRow) => r.byStatus[s] })),
        ...orgClasses.map((c) => ({ header: `正常活动·${classZh[c]}`, key: `class.${c}`, value: (r: OrganizationStatisticsRow) => r.activeByClass[c] })),
        ...result.categories.map((c) => ({ header: `正常活动·${c.label}`, key: `category.${c.code}`, value: (r: OrganizationStatisticsRow) => r.activeByCategory[c.code] ?? 0 })),
        { header: '城市社区数', key: 'urbanCommunities', value: (r) => r.urbanCommunities },
        { header: '城市社区组织数', key: 'urbanOrganizations', value: (r) => r.urbanOrganizations },
        { header: `城市社区平均组织数（目标 ${targets.urban}）`, key: 'urbanDensity', value: (r) => r.urbanDensity },
        { header: '城市社区是否达标', key: 'urbanMeetsTarget', value: (r) => meets(r.urbanMeetsTarget) },
        { header: '农村社区数', key: 'ruralCommunities', value: (r) => r.ruralCommunities },
        { header: '农村社区组织数', key: 'ruralOrganizations', value: (r) => r.ruralOrganizations },
        { header: `农村社区平均组织数（目标 ${targets.rural}）`, key: 'ruralDensity', value: (r) => r.ruralDensity },
        { header: '农村社区是否达标', key: 'ruralMeetsTarget', value: (r) => meets(r.ruralMeetsTarget) },
        { header: '未达标社区数', key: 'communitiesBelowTarget', value: (r) => r.communitiesBelowTarget },
      ],
    });
  });
}
