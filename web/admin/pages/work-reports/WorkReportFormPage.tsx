import { useEffect } from 'react';
import { Alert, App, Button, Card, Form, Input, InputNumber, List, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { api } from '../../../common/api';
import { formatTime } from '../../../common/format';
import { ApiProblem } from '../../../common/problem';
import { useProblem } from '../../components/useProblem';
import type { WorkReportDetail, WorkReportPrefill } from './workReportTypes';

type Values = { activitiesHeld: number; participants: number; fundsIn: number; fundsOut: number; summary: string; plans: string };

const toFen = (yuan: number | null | undefined) => Math.round((yuan ?? 0) * 100);

/**
 * The leader writes a period's report (`/work-reports/new/:organizationId/:period`), starting from
 * what the platform already knows, or amends a returned one (`/work-reports/:id/edit`).
 */
export default function WorkReportFormPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { id, organizationId, period } = useParams();
  const navigate = useNavigate();
  const showProblem = useProblem();
  const [form] = Form.useForm<Values>();
  const prefill = useQuery({
    queryKey: ['work-report-prefill', organizationId, period],
    queryFn: () => api.get<WorkReportPrefill>(`/api/organizations/${organizationId}/work-report-prefill/${period}`),
    enabled: !id,
  });
  const existing = useQuery({ queryKey: ['/api/work-reports', id], queryFn: () => api.get<WorkReportDetail>(`/api/work-reports/${id}`), enabled: !!id });

  useEffect(() => {
    if (prefill.data && !prefill.data.existing) form.setFieldsValue({ activitiesHeld: prefill.data.activitiesHeld, participants: prefill.data.participants, fundsIn: 0, fundsOut: 0 });
  }, [form, prefill.data]);
  useEffect(() => {
    const r = existing.data;
    if (r) form.setFieldsValue({ activitiesHeld: r.activitiesHeld, participants: r.participants, fundsIn: r.fundsInFen / 100, fundsOut: r.fundsOutFen / 100, summary: r.summary, plans: r.plans });
  }, [form, existing.data]);

  const error = prefill.error ?? existing.error;
  if (error) return <Card><Alert type="error" showIcon message={error instanceof ApiProblem ? error.problem.title : String(error)} /></Card>;
  if (prefill.data?.existing) return <Navigate to={`/work-reports/${prefill.data.existing.id}`} replace />;
  const heading = prefill.data ? `${prefill.data.organizationName} · ${prefill.data.periodLabel}` : existing.data && `${existing.data.organizationName} · ${existing.data.periodLabel}`;

  const save = async (values: Values) => {
    const content = {
      activitiesHeld: values.activitiesHeld, participants: values.participants, fundsInFen: toFen(values.fundsIn), fundsOutFen: toFen(values.fundsOut),
      summary: values.summary, plans: values.plans,
    };
    try {
      const saved = id
        ? await api.put<{ id: string }>(`/api/work-reports/${id}`, content)
        : await api.post<{ id: string }>('/api/work-reports', { ...content, organizationId, period });
      message.success(t('workReports.saved'));
      navigate(`/work-reports/${saved.id}`);
    } catch (problem) {
      showProblem(problem, form);
    }
  };

  return (
    <Card
      loading={prefill.isLoading || existing.isLoading}
      title={<Space><Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('workReports.title')} /><span data-testid="work-report-form-title">{heading}</span></Space>}
    >
      {prefill.data && (
        <Alert
          type="info" showIcon style={{ marginBottom: 16 }} data-testid="prefill-note"
          message={prefill.data.activitiesHeld
            ? t('workReports.prefilled', { activities: prefill.data.activitiesHeld, participants: prefill.data.participants })
            : t('workReports.prefillNone')}
          description={prefill.data.activities.length > 0 && (
            <List size="small" header={t('workReports.prefillActivities')} dataSource={prefill.data.activities}
              renderItem={(a) => <List.Item>{formatTime(a.startsAt, i18n.language)} {a.title}（{a.participants}）</List.Item>} />
          )}
        />
      )}
      {existing.data?.reviewNote && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('workReports.returnedNotice', { note: existing.data.reviewNote })} />}
      <Form form={form} layout="vertical" name="work-report" onFinish={save} style={{ maxWidth: 720 }}>
        <Space wrap size="large">
          <Form.Item name="activitiesHeld" label={t('workReports.activitiesHeld')} rules={[{ required: true }]}><InputNumber min={0} precision={0} style={{ width: 160 }} /></Form.Item>
          <Form.Item name="participants" label={t('workReports.participants')} rules={[{ required: true }]}><InputNumber min={0} precision={0} style={{ width: 160 }} /></Form.Item>
          <Form.Item name="fundsIn" label={t('workReports.fundsIn')} rules={[{ required: true }]}><InputNumber min={0} precision={2} style={{ width: 160 }} /></Form.Item>
          <Form.Item name="fundsOut" label={t('workReports.fundsOut')} rules={[{ required: true }]}><InputNumber min={0} precision={2} style={{ width: 160 }} /></Form.Item>
        </Space>
        <Form.Item name="summary" label={t('workReports.summary')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 4 }} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item name="plans" label={t('workReports.plans')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={3000} showCount />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('workReports.moneyHint')}</Typography.Paragraph>
        <Button type="primary" htmlType="submit" data-testid="submit-report">{id ? t('workReports.amend') : t('workReports.submit')}</Button>
      </Form>
    </Card>
  );
}
