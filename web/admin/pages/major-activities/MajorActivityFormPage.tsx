import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { useActiveOrganizations } from '../organizations/useActiveOrganizations';
import { majorActivityKinds, type MajorActivityKind } from './majorActivityTypes';

type Values = { organizationId: string; kind: MajorActivityKind; title: string; venue: string; time: [Dayjs, Dayjs]; expectedParticipants: number; safetyPlan: string };

/** The leader reports a festival, performance, competition or gathering before it takes place. */
export default function MajorActivityFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const showProblem = useProblem();
  const [form] = Form.useForm<Values>();
  const organizations = useActiveOrganizations();

  const save = async ({ time, ...values }: Values) => {
    try {
      const saved = await api.post<{ id: string }>('/api/major-activities', { ...values, startsAt: time[0].toISOString(), endsAt: time[1].toISOString() });
      message.success(t('majorActivities.saved'));
      navigate(`/major-activities/${saved.id}`);
    } catch (error) {
      showProblem(error, form);
    }
  };

  return (
    <Card title={<Space><Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/major-activities')} aria-label={t('majorActivities.title')} />{t('majorActivities.report')}</Space>}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('majorActivities.streetHint')} />
      <Form form={form} layout="vertical" name="major-activity" onFinish={save} style={{ maxWidth: 720 }}>
        <Form.Item name="organizationId" label={t('majorActivities.organization')} rules={[{ required: true }]}>
          <Select options={organizations.options} />
        </Form.Item>
        <Form.Item name="kind" label={t('majorActivities.kind')} rules={[{ required: true }]}>
          <Select options={majorActivityKinds.map((k) => ({ value: k, label: t(`majorActivities.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('majorActivities.activityTitle')} rules={[{ required: true, whitespace: true }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="venue" label={t('majorActivities.venue')} rules={[{ required: true, whitespace: true }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="time" label={t('majorActivities.time')} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="expectedParticipants" label={t('majorActivities.expectedParticipants')} rules={[{ required: true }]}>
          <InputNumber min={1} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="safetyPlan" label={t('majorActivities.safetyPlan')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 4 }} maxLength={5000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="submit-activity">{t('majorActivities.submit')}</Button>
      </Form>
    </Card>
  );
}
