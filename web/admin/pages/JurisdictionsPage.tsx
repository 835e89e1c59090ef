import { useEffect, useState } from 'react';
import { App, Breadcrumb, Button, Card, Col, Descriptions, Form, Input, InputNumber, List, Row, Select, Space, Table, Tree, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { DataNode } from 'antd/es/tree';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, listUrl, type ListResult } from '../../common/api';
import { ApiProblem } from '../../common/problem';
import type { JurisdictionNode } from '../../common/types';
import { useSession } from '../session';
import { useProblem } from '../components/useProblem';

type Detail = JurisdictionNode & { ancestors: { code: string; name: string; level: number }[] };
type TreeNode = DataNode & { key: string };

const toTreeNode = (n: JurisdictionNode): TreeNode => ({ key: n.code, title: n.name, isLeaf: !n.hasChildren });

function insertChildren(nodes: TreeNode[], parent: string, children: TreeNode[]): TreeNode[] {
  return nodes.map((n) => (n.key === parent ? { ...n, children } : n.children ? { ...n, children: insertChildren(n.children as TreeNode[], parent, children) } : n));
}

export default function JurisdictionsPage() {
  const { t } = useTranslation();
  const [tree, setTree] = useState<TreeNode[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [search, setSearch] = useState('');

  useEffect(() => {
    api.get<{ items: JurisdictionNode[] }>('/api/jurisdictions/roots').then(({ items }) => setTree(items.map(toTreeNode)));
  }, []);

  const loadData = async (node: { key: React.Key }) => {
    const { items } = await api.get<{ items: JurisdictionNode[] }>(`/api/jurisdictions/${String(node.key)}/children`);
    setTree((current) => insertChildren(current, String(node.key), items.map(toTreeNode)));
  };

  const results = useQuery({
    queryKey: ['jurisdiction-search', search],
    queryFn: () => api.get<ListResult<JurisdictionNode & { pathNames: string }>>(listUrl('/api/jurisdictions', { q: search, pageSize: 50 })),
    enabled: search.length > 0,
  });

  return (
    <Row gutter={16}>
      <Col xs={24} md={9}>
        <Card title={t('jurisdictions.tree')}>
          <Input.Search allowClear placeholder={t('jurisdictions.searchPlaceholder')} onSearch={(v) => setSearch(v.trim())} data-testid="jurisdiction-search" style={{ marginBottom: 12 }} />
          {search ? (
            <List
              data-testid="jurisdiction-results"
              loading={results.isFetching}
              dataSource={results.data?.items ?? []}
              locale={{ emptyText: t('jurisdictions.noResult') }}
              renderItem={(n) => (
                <List.Item style={{ cursor: 'pointer' }} onClick={() => setSelected(n.code)}>
                  <List.Item.Meta title={n.name} description={`${n.pathNames ? `${n.pathNames} · ` : ''}${n.code}`} />
                </List.Item>
              )}
            />
          ) : (
            <Tree data-testid="jurisdiction-tree" treeData={tree} loadData={loadData} onSelect={(keys) => keys[0] && setSelected(String(keys[0]))} />
          )}
        </Card>
      </Col>
      <Col xs={24} md={15}>
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          {selected ? <NodeDetail code={selected} /> : <Card>{t('jurisdictions.pickNode')}</Card>}
          <StatsImport />
        </Space>
      </Col>
    </Row>
  );
}

function NodeDetail({ code }: { code: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const detail = useQuery({ queryKey: ['jurisdiction', code], queryFn: () => api.get<Detail>(`/api/jurisdictions/${code}`) });
  useEffect(() => { if (detail.data) form.setFieldsValue(detail.data); }, [detail.data, form]);
  const node = detail.data;
  if (!node) return <Card loading />;

  const save = async (values: Partial<JurisdictionNode>) => {
    try {
      await api.patch(`/api/jurisdictions/${code}`, values);
      message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: ['jurisdiction', code] });
    } catch (error) {
      showProblem(error, form);
    }
  };

  return (
    <Card title={<Breadcrumb items={[...node.ancestors, node].map((a) => ({ title: a.name }))} />} data-testid="jurisdiction-detail">
      <Descriptions column={2} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('jurisdictions.name')}>{node.name}</Descriptions.Item>
        <Descriptions.Item label={t('jurisdictions.code')}>{node.code}</Descriptions.Item>
        <Descriptions.Item label={t('jurisdictions.level')}>{t(`levels.${node.level}`)}</Descriptions.Item>
        <Descriptions.Item label={t('jurisdictions.areaType')}>{node.areaType ? t(`areaTypes.${node.areaType}`) : '—'}</Descriptions.Item>
      </Descriptions>
      {can('jurisdiction.update') && (
        <Form form={form} layout="inline" onFinish={save}>
          {node.level === 5 && (
            <Form.Item name="areaType" label={t('jurisdictions.areaType')}>
              <Select style={{ width: 130 }} options={(['urban', 'rural', 'unknown'] as const).map((v) => ({ value: v, label: t(`areaTypes.${v}`) }))} />
            </Form.Item>
          )}
          <Form.Item name="households" label={t('jurisdictions.households')}><InputNumber min={0} /></Form.Item>
          <Form.Item name="population" label={t('jurisdictions.population')}><InputNumber min={0} /></Form.Item>
          <Button type="primary" htmlType="submit">{t('common.save')}</Button>
        </Form>
      )}
    </Card>
  );
}

function StatsImport() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { message } = App.useApp();
  const [percent, setPercent] = useState<number | null>(null);
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);
  if (!can('jurisdiction.update')) return null;

  const upload = async (file: File) => {
    setErrors([]);
    try {
      const result = await api.upload<{ imported: number }>('/api/jurisdictions/stats-import', file, setPercent);
      message.success(t('jurisdictions.importDone', { count: result.imported }));
    } catch (error) {
      if (error instanceof ApiProblem) {
        setErrors(error.fieldErrors);
        message.error(error.problem.title);
      }
    } finally {
      setPercent(null);
    }
    return false;
  };

  return (
    <Card title={t('jurisdictions.statsImport')}>
      <Space>
        <Button icon={<DownloadOutlined />} href="/api/jurisdictions/stats-import/template">{t('jurisdictions.template')}</Button>
        <Upload accept=".xlsx" showUploadList={false} beforeUpload={upload}>
          <Button icon={<UploadOutlined />} loading={percent !== null}>
            {percent !== null ? t('jurisdictions.uploading', { percent }) : t('common.upload')}
          </Button>
        </Upload>
      </Space>
      {errors.length > 0 && (
        <Table
          style={{ marginTop: 16 }}
          size="small"
          rowKey={(_, i) => String(i)}
          title={() => t('jurisdictions.importFailed')}
          dataSource={errors}
          pagination={{ pageSize: 10 }}
          columns={[{ title: t('jurisdictions.row'), dataIndex: 'path', width: 180 }, { title: t('jurisdictions.problem'), dataIndex: 'message' }]}
        />
      )}
    </Card>
  );
}
