import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { getPartyBuildingCoverage } from './get-party-building-coverage';
import { listUncoveredOrganizations } from './list-uncovered-organizations';
import { getPartyBuilding } from './get-party-building';
import { updatePartyBuilding } from './update-party-building';
import { coverageQuerySchema, organizationIdParamsSchema, uncoveredQuerySchema, updatePartyBuildingBodySchema } from './party-building.schemas';

const tags = ['party building 党建引领'];
const statusZh = { own_branch: '单独建立党支部', joint_branch: '联合党支部', instructor: '党建指导员覆盖', none: '未覆盖' } as const;
const percent = (rate: number | null) => (rate === null ? null : `${(rate * 100).toFixed(1)}%`);

export async function partyBuildingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/api/party-building/coverage', {
    schema: { tags, summary: '两个覆盖统计（按下一级区划，可逐级下钻）', querystring: coverageQuerySchema },
  }, async (request, reply) => {
    const result = await getPartyBuildingCoverage({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    const total = { ...result.totals, code: result.node.code, name: '合计', self: false };
    return sendWorkbook(reply, `${result.node.name}党建覆盖统计`, {
      name: '党建覆盖',
      rows: [...result.items, total],
      columns: [
        { header: '区划', key: 'name', value: (r) => (r.self ? `${r.name}（本级）` : r.name) },
        { header: '区划代码', key: 'code', value: (r) => r.code },
        { header: '社会组织数', key: 'active', value: (r) => r.active },
        { header: '单独建立党支部', key: 'ownBranch', value: (r) => r.ownBranch },
        { header: '联合党支部', key: 'jointBranch', value: (r) => r.jointBranch },
        { header: '组织覆盖数', key: 'organizational', value: (r) => r.organizational },
        { header: '组织覆盖率', key: 'organizationalRate', value: (r) => percent(r.organizationalRate) },
        { header: '党建指导员覆盖', key: 'instructor', value: (r) => r.instructor },
        { header: '工作覆盖数', key: 'work', value: (r) => r.work },
        { header: '工作覆盖率', key: 'workRate', value: (r) => percent(r.workRate) },
        { header: '负责人为党员', key: 'leaderPartyMembers', value: (r) => r.leaderPartyMembers },
        { header: '党员人数', key: 'partyMembers', value: (r) => r.partyMembers },
      ],
    });
  });

  app.get('/api/party-building/uncovered', {
    schema: { tags, summary: '未实现组织覆盖的社会组织（可按是否已派党建指导员筛选）', querystring: uncoveredQuerySchema },
  }, async (request, reply) => {
    const result = await listUncoveredOrganizations({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '未覆盖社会组织', {
      name: '未覆盖社会组织',
      rows: result.items,
      columns: [
        { header: '组织名称', key: 'name', value: (o) => o.name },
        { header: '街道/乡镇', key: 'street', value: (o) => o.streetName },
        { header: '社区/村', key: 'place', value: (o) => o.placeName },
        { header: '成员数', key: 'members', value: (o) => o.memberCount },
        { header: '党员人数', key: 'partyMembers', value: (o) => o.partyMembers },
        { header: '负责人是否党员', key: 'leader', value: (o) => (o.leaderPartyMember ? '是' : '否') },
        { header: '覆盖情况', key: 'status', value: (o) => statusZh[o.status] },
        { header: '党建指导员', key: 'instructor', value: (o) => o.instructorName },
        { header: '派驻日期', key: 'assignedOn', value: (o) => o.instructorAssignedOn },
      ],
    });
  });

  app.get('/api/party-building/organizations/:id', {
    schema: { tags, summary: '组织的党建情况（党组织、党员、章程党建条款、党建指导员）', params: organizationIdParamsSchema },
  }, async (request) => getPartyBuilding({ ctx: actorCtx(request), id: request.params.id }));

  app.put('/api/party-building/organizations/:id', {
    schema: { tags, summary: '登记组织的党组织建立情况和党建指导员', params: organizationIdParamsSchema, body: updatePartyBuildingBodySchema },
  }, async (request) => updatePartyBuilding({ ctx: actorCtx(request), id: request.params.id, input: request.body }));
}
