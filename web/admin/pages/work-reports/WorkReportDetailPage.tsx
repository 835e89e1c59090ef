import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../../common/api';
import { formatTime } from '../../../common/format';
import { ApiProblem } from '../../../common/problem';
import { useProblem } from '../../components/useProblem';
import { formatYuan, workReportStateColors, workReportsKey, type WorkReportDetail } from './workReportTypes';
import { Dialog } from '../../components/Dialog';

/** One work report: what the organization reported, and the committee's acknowledgement or return. */
export default function WorkReportDetailPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const showProblem = useProblem();
  const [returning, setReturning] = useState(false);
  const [busy, setBusy] = useState(false);
  const query = useQuery({ queryKey: [workReportsKey, id], queryFn: () => api.get<WorkReportDetail>(`/api/work-reports/${id}`) });
  const back = <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/work-reports')} aria-label={t('workReports.title')} />;
  if (query.error) {
    return <Card title={back}><Alert type="error" showIcon message={query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)} /></Card>;
  }
  const report = query.data;

  const acknowledge = async () => {
    setBusy(true);
    try {
      await api.post(`/api/work-reports/${id}/review`, { action: 'acknowledge' });
      message.success(t('workReports.acknowledged'));
      await query.refetch();
    } catch (error) {
      showProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      loading={query.isLoading}
      title={report && (
        <Space wrap>
          {back}
          <span data-testid="work-report-title">{report.organizationName} · {report.periodLabel}</span>
          <Tag color={workReportStateColors[report.state]} data-testid="work-report-state">{t(`workReports.states.${report.state}`)}</Tag>
        </Space>
      )}
      extra={report && (
        <Space wrap>
          {report.actions.includes('amend') && <Button type="primary" onClick={() => navigate(`/work-reports/${id}/edit`)} data-testid="amend-report">{t('workReports.amend')}</Button>}
          {report.actions.includes('acknowledge') && <Button type="primary" loading={busy} onClick={acknowledge} data-testid="acknowledge-report">{t('workReports.acknowledge')}</Button>}
          {report.actions.includes('return') && <Button danger onClick={() => setReturning(true)} data-testid="return-report">{t('workReports.return')}</Button>}
        </Space>
      )}
    >
      {report && (
        <>
          {report.state === 'returned' && report.reviewNote && (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('workReports.returnedNotice', { note: report.reviewNote })} />
          )}
          <Descriptions column={{ xs: 1, md: 3 }} size="small" bordered style={{ marginBottom: 24 }}>
            <Descriptions.Item label={t('workReports.organization')}>{report.organizationName}</Descriptions.Item>
            <Descriptions.Item label={t('workReports.place')}>{report.placeName}</Descriptions.Item>
            <Descriptions.Item label={t('workReports.period')}>{report.periodLabel}</Descriptions.Item>
            <Descriptions.Item label={t('workReports.activitiesHeld')}>{report.activitiesHeld}</Descriptions.Item>
            <Descriptions.Item label={t('workReports.participants')}>{report.participants}</Descriptions.Item>
            <Descriptions.Item label={t('workReports.submittedAt')}>{formatTime(report.submittedAt, i18n.language)}</Descriptions.Item>
            <Descriptions.Item label={t('workReports.fundsIn')}>{formatYuan(report.fundsInFen)}</Descriptions.Item>
            <Descriptions.Item label={t('workReports.fundsOut')}>{formatYuan(report.fundsOutFen)}</Descriptions.Item>
            <Descriptions.Item label={t('workReports.reviewedAt')}>{formatTime(report.reviewedAt, i18n.language)}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('workReports.summary')}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{report.summary}</Typography.Paragraph>
          <Typography.Title level={5}>{t('workReports.plans')}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{report.plans}</Typography.Paragraph>
          {returning && <ReturnModal id={id} onClose={() => setReturning(false)} onDone={async () => { message.success(t('workReports.returned')); setReturning(false); await query.refetch(); }} />}
        </>
      )}
    </Card>
  );
}

function ReturnModal({ id, onClose, onDone }: { id: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const submit = async () => {
    const { note } = await form.validateFields();
    try {
      await api.post(`/api/work-reports/${id}/review`, { action: 'return', note });
      onDone();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={t('workReports.return')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')}>
      <Form form={form} layout="vertical" name="return-report">
        <Form.Item name="note" label={t('workReports.returnNote')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
