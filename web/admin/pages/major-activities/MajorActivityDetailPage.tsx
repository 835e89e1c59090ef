import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../../common/api';
import { formatTime } from '../../../common/format';
import { ApiProblem } from '../../../common/problem';
import { useProblem } from '../../components/useProblem';
import { majorActivitiesKey, majorActivityStateColors, type MajorActivityDetail } from './majorActivityTypes';
import { Dialog } from '../../components/Dialog';

/** One major-activity report: what is planned, who acknowledges it, and the steps this user may take. */
export default function MajorActivityDetailPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const showProblem = useProblem();
  const [returning, setReturning] = useState(false);
  const query = useQuery({ queryKey: [majorActivitiesKey, id], queryFn: () => api.get<MajorActivityDetail>(`/api/major-activities/${id}`) });
  const back = <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/major-activities')} aria-label={t('majorActivities.title')} />;
  if (query.error) {
    return <Card title={back}><Alert type="error" showIcon message={query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)} /></Card>;
  }
  const activity = query.data;
  const act = async (path: string, body?: unknown) => {
    try {
      await api.post(`/api/major-activities/${id}/${path}`, body);
      message.success(t('majorActivities.done'));
      await query.refetch();
    } catch (error) {
      showProblem(error);
    }
  };

  return (
    <Card
      loading={query.isLoading}
      title={activity && (
        <Space wrap>
          {back}
          <span data-testid="major-activity-title">{activity.title}</span>
          <Tag color={majorActivityStateColors[activity.state]} data-testid="major-activity-state">{t(`majorActivities.states.${activity.state}`)}</Tag>
          {activity.late && <Tag color="red">{t('majorActivities.late')}</Tag>}
        </Space>
      )}
      extra={activity && (
        <Space wrap>
          {activity.actions.includes('acknowledge') && <Button type="primary" onClick={() => act('review', { action: 'acknowledge' })} data-testid="acknowledge-activity">{t('majorActivities.acknowledge')}</Button>}
          {activity.actions.includes('return') && <Button danger onClick={() => setReturning(true)} data-testid="return-activity">{t('majorActivities.return')}</Button>}
          {activity.actions.includes('withdraw') && (
            <Popconfirm title={t('majorActivities.withdrawConfirm')} onConfirm={() => act('withdraw')} okText={t('common.yes')} cancelText={t('common.no')}>
              <Button danger data-testid="withdraw-activity">{t('majorActivities.withdraw')}</Button>
            </Popconfirm>
          )}
        </Space>
      )}
    >
      {activity && (
        <>
          {activity.state === 'returned' && activity.reviewNote && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={`${t('majorActivities.reviewNote')}：${activity.reviewNote}`} />}
          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered style={{ marginBottom: 24 }}>
            <Descriptions.Item label={t('majorActivities.organization')}>{activity.organizationName}</Descriptions.Item>
            <Descriptions.Item label={t('majorActivities.place')}>{activity.placeName}</Descriptions.Item>
            <Descriptions.Item label={t('majorActivities.kind')}>{t(`majorActivities.kinds.${activity.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('majorActivities.venue')}>{activity.venue}</Descriptions.Item>
            <Descriptions.Item label={t('majorActivities.time')}>{formatTime(activity.startsAt, i18n.language)} – {formatTime(activity.endsAt, i18n.language)}</Descriptions.Item>
            <Descriptions.Item label={t('majorActivities.expectedParticipants')}>{activity.expectedParticipants}</Descriptions.Item>
            <Descriptions.Item label={t('majorActivities.acknowledger')}>{t(`majorActivities.acknowledgers.${activity.acknowledgerLevel}`)}</Descriptions.Item>
            <Descriptions.Item label={t('majorActivities.reportedAt')}>{formatTime(activity.reportedAt, i18n.language)}</Descriptions.Item>
            <Descriptions.Item label={t('majorActivities.reviewedAt')}>{formatTime(activity.reviewedAt, i18n.language)}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('majorActivities.safetyPlan')}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{activity.safetyPlan}</Typography.Paragraph>
          {returning && <ReturnModal onClose={() => setReturning(false)} onSubmit={async (note) => { await act('review', { action: 'return', note }); setReturning(false); }} />}
        </>
      )}
    </Card>
  );
}

function ReturnModal({ onClose, onSubmit }: { onClose(): void; onSubmit(note: string): Promise<void> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const submit = async () => {
    const { note } = await form.validateFields();
    await onSubmit(note);
  };
  return (
    <Dialog title={t('majorActivities.return')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')}>
      <Form form={form} layout="vertical" name="return-activity">
        <Form.Item name="note" label={t('majorActivities.returnNote')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
