import { useState } from 'react';
import { Button, Card, Form, Input, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../../common/api';
import { formatDate } from '../../../common/format';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { useProblem } from '../../components/useProblem';
import { OrganizationPicker } from '../registration-ledger/OrganizationPicker';
import { gradeList, gradeStates, stateColors, type Grade, type GradeEvaluationItem, type GradeState } from './gradingTypes';
import { Dialog } from '../../components/Dialog';

/** 等级评估: the evaluations in the user's reach; the bureau enrols organizations, a leader applies for their own. */
export default function GradeEvaluationsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const list = usePagedList<GradeEvaluationItem>('/api/grade-evaluations');
  const [starting, setStarting] = useState<'enrol' | 'apply' | null>(null);
  const gradeText = (g: Grade | null) => (g ? t(`grading.grades.${g}`) : '');
  return (
    <Card
      title={t('grading.menu.evaluations')}
      extra={
        (can('grade.manage') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setStarting('enrol')} data-testid="enrol-grade">{t('grading.enrol')}</Button>)
        || (can('grade.apply') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setStarting('apply')} data-testid="apply-grade">{t('grading.apply')}</Button>)
      }
    >
      <Form layout="inline" onFinish={list.applyFilters} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="state">
          <Select allowClear style={{ width: 150 }} placeholder={t('grading.state')} options={gradeStates.map((s) => ({ value: s, label: t(`grading.states.${s}`) }))} />
        </Form.Item>
        <Form.Item name="grade">
          <Select allowClear style={{ width: 120 }} placeholder={t('grading.grade')} options={gradeList.map((g) => ({ value: g, label: t(`grading.grades.${g}`) }))} />
        </Form.Item>
        <Form.Item name="q"><Input allowClear placeholder={t('grading.keyword')} style={{ width: 200 }} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.search')}</Button>
        <Button href={list.exportUrl}>{t('common.export')}</Button>
      </Form>
      <Table<GradeEvaluationItem>
        rowKey="id"
        data-testid="grade-evaluations-table"
        {...list.tableProps}
        scroll={{ x: 1000 }}
        onRow={(e) => ({ onClick: () => navigate(`/grade-evaluations/${e.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('grading.organization'), dataIndex: 'organizationName' },
          { title: t('grading.place'), dataIndex: 'place' },
          { title: t('grading.origin'), dataIndex: 'origin', width: 130, render: (o: string) => t(`grading.origins.${o}`) },
          { title: t('grading.state'), dataIndex: 'state', width: 120, render: (s: GradeState) => <Tag color={stateColors[s]}>{t(`grading.states.${s}`)}</Tag> },
          { title: t('grading.totalScore'), dataIndex: 'totalScore', width: 90 },
          { title: t('grading.grade'), width: 100, render: (_, e) => (e.grade ? <Tag color="red">{gradeText(e.grade)}</Tag> : gradeText(e.proposedGrade)) },
          { title: t('grading.validUntil'), dataIndex: 'validUntil', width: 110 },
          { title: t('grading.createdAt'), dataIndex: 'createdAt', width: 110, render: (d: string) => formatDate(d) },
        ]}
      />
      {starting && <StartModal mode={starting} onClose={() => setStarting(null)} onStarted={(id) => navigate(`/grade-evaluations/${id}`)} />}
    </Card>
  );
}

function StartModal({ mode, onClose, onStarted }: { mode: 'enrol' | 'apply'; onClose(): void; onStarted(id: string): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      const started = await api.post<{ id: string }>(mode === 'enrol' ? '/api/grade-evaluations' : '/api/grade-evaluations/applications', values);
      onStarted(started.id);
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={t(`grading.${mode}`)} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')} width={560}>
      <Form form={form} layout="vertical" name="start-grade">
        <Form.Item name="organizationId" label={t('grading.organization')} rules={[{ required: true }]}>
          <OrganizationPicker filters={{ status: 'active' }} placeholder={t('grading.pickOrganization')} />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
