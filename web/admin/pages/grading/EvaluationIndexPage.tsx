import { useEffect, useState } from 'react';
import { App, Button, Card, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { ApiProblem } from '../../../common/problem';
import { formatTime } from '../../../common/format';
import type { JurisdictionNode } from '../../../common/types';
import { useSession } from '../../session';
import { useProblem } from '../../components/useProblem';
import { metricKeys, type EvaluationIndex, type IndexNode } from './gradingTypes';
import { newNode, updateAt, withSums, type NodePath } from './indexTree';

type Row = IndexNode & { path: NodePath; children?: Row[] };
const rows = (tree: IndexNode[], path: NodePath = []): Row[] =>
  tree.map((n, i) => ({ ...n, path: [...path, i], children: n.children?.length ? rows(n.children, [...path, i]) : undefined }));

/**
 * 评价指标体系: the index in force at the bureau's city or district, edited as a tree and saved as a
 * new version. The server checks the sums and says which field is wrong, in the user's language.
 */
export default function EvaluationIndexPage() {
  const { t, i18n } = useTranslation();
  const { session, can } = useSession();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const own = session!.user.jurisdictionCode;
  const [place, setPlace] = useState(own);
  const [tree, setTree] = useState<IndexNode[]>([]);
  const [total, setTotal] = useState(1000);
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);
  const editable = can('evaluationIndex.update') && [4, 6].includes(place.length);
  const index = useQuery({ queryKey: ['evaluation-index', place], queryFn: () => api.get<EvaluationIndex>(`/api/evaluation-index?jurisdictionCode=${place}`) });
  const districts = useQuery({
    queryKey: ['index-districts', own], enabled: own.length === 4,
    queryFn: () => api.get<{ items: JurisdictionNode[] }>(`/api/jurisdictions/${own}/children`),
  });
  useEffect(() => {
    if (!index.data) return;
    setTree(index.data.inForce.tree);
    setTotal(index.data.inForce.totalPoints);
    setErrors([]);
  }, [index.data]);

  const edit = (path: NodePath, change: (node: IndexNode) => IndexNode | null) => setTree((current) => withSums(updateAt(current, path, change)));
  const save = async () => {
    try {
      await api.put(`/api/evaluation-index/${place}`, { totalPoints: total, tree: withSums(tree) });
      setErrors([]);
      message.success(t('grading.index.saved'));
      await index.refetch();
    } catch (error) {
      if (error instanceof ApiProblem) setErrors(error.fieldErrors);
      showProblem(error);
    }
  };
  const sum = tree.reduce((s, n) => s + n.points, 0);
  const inForce = index.data?.inForce;
  return (
    <Card
      title={t('grading.index.title')}
      extra={<Space>
        <Select style={{ width: 200 }} value={place} onChange={setPlace}
          options={[{ value: own, label: index.data?.place === own ? index.data.placeName ?? own : own },
            ...(districts.data?.items ?? []).map((d) => ({ value: d.code, label: d.name }))]} />
        {editable && <Button type="primary" onClick={save} data-testid="save-index">{t('grading.index.save')}</Button>}
      </Space>}
    >
      {inForce && (
        <Space style={{ marginBottom: 12 }} wrap>
          <Tag color="blue">{t('grading.index.inForce')}</Tag>
          {inForce.isDefault ? t('grading.index.defaultIndex')
            : t('grading.index.savedFrom', { place: inForce.placeName ?? inForce.jurisdictionCode, version: inForce.version })}
          <span>{t('grading.index.total')}</span>
          <InputNumber min={100} max={10000} value={total} onChange={(v) => setTotal(v ?? 0)} disabled={!editable} />
          <Typography.Text type={sum === total ? 'success' : 'danger'}>Σ {sum}</Typography.Text>
          <Typography.Text type="secondary">{t('grading.index.sumHint')}</Typography.Text>
        </Space>
      )}
      {errors.length > 0 && <ul className="field-errors" style={{ color: '#c0392b' }}>{errors.map((e) => <li key={e.path + e.message}>{e.message}</li>)}</ul>}
      <Table<Row> rowKey="key" size="small" pagination={false} dataSource={rows(tree)} loading={index.isFetching}
        expandable={{ defaultExpandAllRows: true }} key={`${place}-${inForce?.version}`}
        columns={[
          { title: t('grading.index.name'), render: (_, r) => (editable
            ? <Input value={r.name} maxLength={60} style={{ width: 320 }} onChange={(e) => edit(r.path, (n) => ({ ...n, name: e.target.value }))} />
            : r.name) },
          { title: t('grading.points'), width: 110, render: (_, r) => (editable && !r.children
            ? <InputNumber min={1} max={10000} value={r.points} onChange={(v) => edit(r.path, (n) => ({ ...n, points: v ?? 0 }))} />
            : r.points) },
          { title: t('grading.rule'), width: 300, render: (_, r) => (r.children ? null : editable ? (
            <Select style={{ width: 280 }} value={r.rule?.kind === 'metric' ? r.rule.metric : 'manual'}
              onChange={(v) => edit(r.path, (n) => ({ ...n, rule: v === 'manual' ? { kind: 'manual' } : { kind: 'metric', metric: v as (typeof metricKeys)[number] } }))}
              options={[{ value: 'manual', label: t('grading.rules.manual') },
                ...metricKeys.map((m) => ({ value: m, label: `${t('grading.rules.metric')}：${t(`grading.metrics.${m}`)}` }))]} />
          ) : r.rule?.kind === 'metric' ? `${t('grading.rules.metric')}：${t(`grading.metrics.${r.rule.metric}`)}` : t('grading.rules.manual')) },
          ...(editable ? [{ title: '', width: 220, render: (_: unknown, r: Row) => (
            <Space>
              {r.path.length < 3 && <Button size="small" onClick={() => edit(r.path, (n) => ({ ...n, rule: undefined, children: [...(n.children ?? []), newNode(t('grading.index.newIndicator'))] }))}>{t('grading.index.addChild')}</Button>}
              <Button size="small" danger onClick={() => edit(r.path, () => null)}>{t('grading.index.remove')}</Button>
            </Space>
          ) }] : []),
        ]}
      />
      {editable && <Button style={{ marginTop: 12 }} onClick={() => setTree((c) => [...c, newNode(t('grading.index.newIndicator'))])}>{t('grading.index.addTop')}</Button>}
      {!!index.data?.versions.length && (
        <Table size="small" style={{ marginTop: 16 }} rowKey="version" pagination={false} title={() => t('grading.index.versions')} dataSource={index.data.versions}
          columns={[
            { title: t('grading.index.version', { version: '' }), dataIndex: 'version', width: 100 },
            { title: t('grading.index.total'), dataIndex: 'totalPoints', width: 100 },
            { title: t('grading.index.savedBy'), dataIndex: 'savedBy' },
            { title: t('grading.index.savedAt'), dataIndex: 'savedAt', render: (d: string) => formatTime(d, i18n.language) },
          ]} />
      )}
    </Card>
  );
}
