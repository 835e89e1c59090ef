import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorCtx } from '../../platform/http/request-context';
import { sendWorkbook } from '../../platform/http/excel-reply';
import { sendPdf } from '../../platform/http/pdf-reply';
import { getEvaluationIndex } from './get-evaluation-index';
import { saveEvaluationIndex } from './save-evaluation-index';
import { listGradeEvaluations } from './list-grade-evaluations';
import { getGradeEvaluation } from './get-grade-evaluation';
import { applyForGrade } from './apply-for-grade';
import { enrolForGrade } from './enrol-for-grade';
import { listGradeReviewers } from './list-grade-reviewers';
import { nameGradePanel } from './name-grade-panel';
import { declareGradeConflict } from './declare-grade-conflict';
import { submitGradeScores } from './submit-grade-scores';
import { proposeGrade } from './propose-grade';
import { publishGradeNotice } from './publish-grade-notice';
import { recordGradeObjection } from './record-grade-objection';
import { raiseGradeObjection } from './raise-grade-objection';
import { confirmGrade } from './confirm-grade';
import { rejectGrade } from './reject-grade';
import { getGradeCertificate } from './get-grade-certificate';
import { gradeShare } from './grade-share';
import { listGradedOrganizations, listGradeNotices } from './public-grades';
import {
  confirmGradeBodySchema, declareConflictBodySchema, evaluationIndexParamsSchema, evaluationIndexQuerySchema, gradeApplicationBodySchema,
  gradeEvaluationIdParamsSchema, gradeObjectionBodySchema, gradeShareQuerySchema, listGradeEvaluationsQuerySchema, nameGradePanelBodySchema,
  publicGradeListQuerySchema, rejectGradeBodySchema, saveEvaluationIndexBodySchema, submitGradeScoresBodySchema,
} from './grading.schemas';

const tags = ['grading 评价体系与等级评估'];
const stateZh = { applied: '待组建专家组', scoring: '专家评分中', proposed: '待公示', notice: '公示中', confirmed: '已确认', rejected: '未通过' } as const;

export async function gradingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const params = gradeEvaluationIdParamsSchema;

  app.get('/api/evaluation-index', {
    schema: { tags, summary: '评价指标体系（某地现行版本及历史版本）', querystring: evaluationIndexQuerySchema },
  }, async (request) => getEvaluationIndex({ ctx: actorCtx(request), input: request.query }));

  app.put('/api/evaluation-index/:code', {
    schema: { tags, summary: '保存市或区县的评价指标体系（新版本）', params: evaluationIndexParamsSchema, body: saveEvaluationIndexBodySchema },
  }, async (request) => saveEvaluationIndex({ ctx: actorCtx(request), code: request.params.code, input: request.body }));

  app.get('/api/grade-evaluations', {
    schema: { tags, summary: '等级评估列表', querystring: listGradeEvaluationsQuerySchema },
  }, async (request, reply) => {
    const result = await listGradeEvaluations({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '等级评估', {
      name: '等级评估',
      rows: result.items,
      columns: [
        { header: '组织名称', key: 'name', value: (e) => e.organizationName },
        { header: '所在地', key: 'place', value: (e) => e.place },
        { header: '参评方式', key: 'origin', value: (e) => (e.origin === 'applied' ? '组织申请' : '民政局组织参评') },
        { header: '环节', key: 'state', value: (e) => stateZh[e.state] },
        { header: '总分', key: 'total', value: (e) => e.totalScore },
        { header: '拟评等级', key: 'proposed', value: (e) => (e.proposedGrade === 'none' ? '未达等级' : e.proposedGrade) },
        { header: '评定等级', key: 'grade', value: (e) => (e.grade === 'none' ? '未达等级' : e.grade) },
        { header: '有效期至', key: 'validUntil', value: (e) => e.validUntil },
        { header: '证书编号', key: 'certificate', value: (e) => e.certificateNumber },
      ],
    });
  });

  app.post('/api/grade-evaluations/applications', {
    schema: { tags, summary: '申请等级评估（组织负责人）', body: gradeApplicationBodySchema },
  }, async (request) => applyForGrade({ ctx: actorCtx(request), input: request.body }));

  app.post('/api/grade-evaluations', {
    schema: { tags, summary: '组织参评（民政局）', body: gradeApplicationBodySchema },
  }, async (request) => enrolForGrade({ ctx: actorCtx(request), input: request.body }));

  app.get('/api/grade-evaluations/reviewers', {
    schema: { tags, summary: '可选评审专家' },
  }, async (request) => listGradeReviewers({ ctx: actorCtx(request) }));

  app.get('/api/grade-evaluations/share', {
    schema: { tags, summary: '3A 以上等级占比（按下级区划）', querystring: gradeShareQuerySchema },
  }, async (request, reply) => {
    const result = await gradeShare({ ctx: actorCtx(request), input: request.query });
    if (request.query.format !== 'xlsx') return result;
    return sendWorkbook(reply, '3A以上等级占比', {
      name: '3A以上等级占比',
      rows: [...result.items, { code: result.jurisdictionCode, name: '合计', ...result.total }],
      columns: [
        { header: '区划', key: 'name', value: (r) => r.name },
        { header: '正常活动组织数', key: 'active', value: (r) => r.active },
        { header: '3A 以上组织数', key: 'high', value: (r) => r.high },
        { header: '占比（%）', key: 'share', value: (r) => r.sharePercent },
        { header: `达到目标（${result.targetSharePercent}%）`, key: 'meets', value: (r) => (r.meetsTarget ? '是' : '否') },
      ],
    });
  });

  app.get('/api/grade-evaluations/:id', {
    schema: { tags, summary: '等级评估详情', params },
  }, async (request) => getGradeEvaluation({ ctx: actorCtx(request), id: request.params.id }));

  app.put('/api/grade-evaluations/:id/panel', {
    schema: { tags, summary: '组建评审专家组（冻结计算指标）', params, body: nameGradePanelBodySchema },
  }, async (request) => nameGradePanel({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/grade-evaluations/:id/conflict', {
    schema: { tags, summary: '声明利益冲突并回避（评审专家）', params, body: declareConflictBodySchema },
  }, async (request) => declareGradeConflict({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.put('/api/grade-evaluations/:id/scores', {
    schema: { tags, summary: '提交评分（评审专家，声明无利益冲突）', params, body: submitGradeScoresBodySchema },
  }, async (request) => submitGradeScores({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/grade-evaluations/:id/proposal', {
    schema: { tags, summary: '按分数线提出拟评等级', params },
  }, async (request) => proposeGrade({ ctx: actorCtx(request), id: request.params.id }));

  app.post('/api/grade-evaluations/:id/notice', {
    schema: { tags, summary: '发布评估结果公示', params },
  }, async (request) => publishGradeNotice({ ctx: actorCtx(request), id: request.params.id }));

  app.post('/api/grade-evaluations/:id/objections', {
    schema: { tags, summary: '登记公示期间收到的异议（民政局）', params, body: gradeObjectionBodySchema },
  }, async (request) => recordGradeObjection({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/grade-evaluations/:id/confirmation', {
    schema: { tags, summary: '公示期满确认等级（发证、牌匾、归档）', params, body: confirmGradeBodySchema },
  }, async (request) => confirmGrade({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.post('/api/grade-evaluations/:id/rejection', {
    schema: { tags, summary: '不予确认（说明理由）', params, body: rejectGradeBodySchema },
  }, async (request) => rejectGrade({ ctx: actorCtx(request), id: request.params.id, input: request.body }));

  app.get('/api/grade-evaluations/:id/certificate.pdf', {
    schema: { tags, summary: '评估等级证书 PDF', params },
  }, async (request, reply) => {
    const { fileName, content } = await getGradeCertificate({ ctx: actorCtx(request), id: request.params.id });
    return sendPdf(reply, fileName, content);
  });

  app.get('/api/public/graded-organizations', {
    config: { public: true },
    schema: { tags, summary: '获评等级的社会组织（有效期内）', security: [], querystring: publicGradeListQuerySchema },
  }, async (request) => listGradedOrganizations(request.ctx.services, request.query));

  app.get('/api/public/grade-notices', {
    config: { public: true },
    schema: { tags, summary: '等级评估结果公示', security: [], querystring: publicGradeListQuerySchema.pick({ page: true, pageSize: true }) },
  }, async (request) => listGradeNotices(request.ctx.services, request.query));

  app.post('/api/public/grade-notices/:id/objections', {
    config: { public: true },
    schema: { tags, summary: '对等级评估公示提出异议', security: [], params, body: gradeObjectionBodySchema },
  }, async (request) => raiseGradeObjection({ ctx: request.ctx, id: request.params.id, input: request.body }));
}
