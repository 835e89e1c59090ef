import { Alert, Button, Card, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../../common/api';
import { formatDate } from '../../../common/format';
import { useSession } from '../../session';
import { stateColors, type Grade, type GradeEvaluationDetail, type IndexNode } from './gradingTypes';
import { GradeActions } from './GradeActions';
import { ScoringForm } from './ScoringForm';

/** One grade evaluation: the indicators with their computed and panel points, the panel, the notice and the result. */
export default function GradeEvaluationDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { can } = useSession();
  const query = useQuery({ queryKey: ['grade-evaluation', id], queryFn: () => api.get<GradeEvaluationDetail>(`/api/grade-evaluations/${id}`) });
  const e = query.data;
  if (!e) return <Card loading={query.isPending}>{query.error && String(query.error)}</Card>;
  const refresh = () => query.refetch();
  const gradeText = (g: Grade | null) => (g ? t(`grading.grades.${g}`) : '—');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<Space>{e.organizationName}<Tag color={stateColors[e.state]} data-testid="grade-state">{t(`grading.states.${e.state}`)}</Tag></Space>}
        extra={<Space>
          {can('grade.manage') && <GradeActions evaluation={e} onChanged={refresh} />}
          {e.state === 'confirmed' && e.grade !== 'none' && <Button href={`/api/grade-evaluations/${e.id}/certificate.pdf`} target="_blank">{t('grading.actions.certificate')}</Button>}
        </Space>}
      >
        <Descriptions column={3} size="small" bordered>
          <Descriptions.Item label={t('grading.place')}>{e.place}</Descriptions.Item>
          <Descriptions.Item label={t('grading.origin')}>{t(`grading.origins.${e.origin}`)}</Descriptions.Item>
          <Descriptions.Item label={t('grading.createdAt')}>{formatDate(e.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('grading.totalScore')}><span data-testid="grade-total">{e.totalScore ?? e.result?.total ?? '—'}</span></Descriptions.Item>
          <Descriptions.Item label={t('grading.proposedGrade')}><span data-testid="proposed-grade">{gradeText(e.proposedGrade)}</span></Descriptions.Item>
          <Descriptions.Item label={t('grading.noticeEndsOn')}>{e.noticeEndsOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('grading.grade')}>{e.grade ? <Tag color="red">{gradeText(e.grade)}</Tag> : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('grading.validUntil')}>{e.validUntil ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('grading.certificateNumber')}>{e.certificateNumber ?? '—'}</Descriptions.Item>
          {e.plaqueIssuedOn && <Descriptions.Item label={t('grading.plaqueIssuedOn')}>{e.plaqueIssuedOn}</Descriptions.Item>}
          {e.decisionNote && <Descriptions.Item label={t('grading.decisionNote')} span={3}>{e.decisionNote}</Descriptions.Item>}
        </Descriptions>
      </Card>
      {e.mySeat && e.state === 'scoring' && <ScoringForm evaluation={e} onChanged={refresh} />}
      <IndicatorsCard evaluation={e} />
      {e.panel.length > 0 && <PanelCard evaluation={e} />}
      {(can('grade.manage') || e.objections.length > 0) && ['notice', 'confirmed', 'rejected'].includes(e.state) && (
        <Card title={t('grading.objections')} size="small">
          <List dataSource={e.objections} locale={{ emptyText: t('grading.noObjections') }} renderItem={(o) => (
            <List.Item>
              <List.Item.Meta title={<Space><Tag>{t(`grading.objectionSources.${o.source}`)}</Tag>{o.createdOn}{o.contact && <Typography.Text type="secondary">{o.contact}</Typography.Text>}</Space>} description={o.content} />
            </List.Item>
          )} />
        </Card>
      )}
    </Space>
  );
}

function IndicatorsCard({ evaluation: e }: { evaluation: GradeEvaluationDetail }) {
  const { t } = useTranslation();
  const metricText = (node: IndexNode) => {
    if (node.rule?.kind !== 'metric' || !e.computed?.[node.key]) return null;
    const { value } = e.computed[node.key];
    const words = t(`grading.metricValues.${node.rule.metric}`, { returnObjects: true, value }) as string | string[];
    return Array.isArray(words) ? words[value] : words;
  };
  const withRows = (nodes: IndexNode[]): (IndexNode & { children?: IndexNode[] })[] =>
    nodes.map((n) => (n.children?.length ? { ...n, children: withRows(n.children) } : { ...n, children: undefined }));
  return (
    <Card title={`${t('grading.indicators')}（${t('grading.index.version', { version: e.index.version })}，${t('grading.index.total')} ${e.index.totalPoints}）`} size="small">
      {e.computed && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={e.computedFrozen ? t('grading.computedFrozen') : t('grading.computedPreview')} />}
      <Table<IndexNode> rowKey="key" size="small" pagination={false} dataSource={withRows(e.index.tree)} expandable={{ defaultExpandAllRows: true }} columns={[
        { title: t('grading.indicator'), dataIndex: 'name' },
        { title: t('grading.points'), dataIndex: 'points', width: 70 },
        { title: t('grading.rule'), width: 100, render: (_, n) => (n.rule ? t(`grading.rules.${n.rule.kind}`) : '') },
        { title: t('grading.computedValue'), width: 170, render: (_, n) => metricText(n) },
        { title: t('grading.computedPoints'), width: 90, render: (_, n) => e.computed?.[n.key]?.points },
        ...(e.result ? [{ title: t('grading.averagePoints'), width: 100, render: (_: unknown, n: IndexNode) => e.result!.averageByIndicator[n.key] }] : []),
      ]} />
      {e.result && (
        <Descriptions size="small" column={4} style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('grading.result.computedTotal')}>{e.result.computedTotal}</Descriptions.Item>
          <Descriptions.Item label={t('grading.result.manualAverage')}>{e.result.manualAverage}</Descriptions.Item>
          <Descriptions.Item label={t('grading.result.total')}>{e.result.total}</Descriptions.Item>
          <Descriptions.Item label={t('grading.panel')}>{t('grading.result.counted', { count: e.result.counted })}</Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}

function PanelCard({ evaluation: e }: { evaluation: GradeEvaluationDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('grading.panel')} size="small">
      <Table rowKey="reviewerId" size="small" pagination={false} dataSource={e.panel} columns={[
        { title: t('grading.expert'), dataIndex: 'name' },
        { title: t('grading.state'), render: (_, m) => (m.conflictDeclared
          ? <Tag color="default">{t('grading.excluded')}</Tag>
          : <Tag color={m.submitted ? 'green' : 'gold'}>{t(m.submitted ? 'grading.submitted' : 'grading.notSubmitted')}</Tag>) },
        { title: t('grading.conflictNote'), dataIndex: 'conflictNote' },
        { title: t('grading.manualTotal'), dataIndex: 'manualTotal' },
      ]} />
    </Card>
  );
}
