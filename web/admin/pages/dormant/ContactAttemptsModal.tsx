import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Radio, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { OrganizationPicker } from '../registration-ledger/OrganizationPicker';
import type { ContactAttempts } from './dormantTypes';
import { Dialog } from '../../components/Dialog';

type Values = { organizationId?: string; attemptedOn: Dayjs; channel: 'phone' | 'visit' | 'letter'; reached: boolean; note?: string };

/**
 * An organization's contact attempts and a form to record one. Without an organization given, staff
 * pick one first (a committee records attempts before any proposal exists).
 */
export function ContactAttemptsModal({ organizationId, organizationName, onClose }: { organizationId?: string; organizationName?: string; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const [form] = Form.useForm<Values>();
  const [picked, setPicked] = useState(organizationId);
  const [busy, setBusy] = useState(false);
  const attempts = useQuery({
    queryKey: ['contact-attempts', picked], enabled: Boolean(picked),
    queryFn: () => api.get<ContactAttempts>(`/api/organizations/${picked}/contact-attempts`),
  });
  const finish = async (v: Values) => {
    setBusy(true);
    try {
      await api.post(`/api/organizations/${picked}/contact-attempts`, { ...v, organizationId: undefined, attemptedOn: v.attemptedOn.format('YYYY-MM-DD'), note: v.note || undefined });
      message.success(t('common.saved'));
      form.resetFields(['note']);
      await attempts.refetch();
    } catch (error) {
      showProblem(error, form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog width={720} title={`${t('dormant.contacts.title')}${organizationName ? `：${organizationName}` : ''}`} onCancel={onClose} footer={null}>
      {!organizationId && (
        <OrganizationPicker filters={{ status: 'active' }} value={picked} onChange={setPicked} placeholder={t('dormant.organization')} />
      )}
      {picked && (
        <>
          {attempts.data?.unreachable && <Tag color="red" style={{ margin: '12px 0' }}>{t('dormant.criteriaNames.unreachable')}</Tag>}
          <Table
            rowKey="id" size="small" pagination={false} loading={attempts.isLoading} data-testid="contact-attempts"
            dataSource={attempts.data?.items ?? []} locale={{ emptyText: t('dormant.contacts.empty') }}
            columns={[
              { title: t('dormant.contacts.attemptedOn'), dataIndex: 'attemptedOn', width: 110 },
              { title: t('dormant.contacts.channel'), dataIndex: 'channel', width: 80, render: (c: string) => t(`dormant.contacts.channels.${c}`) },
              { title: t('dormant.contacts.reached'), dataIndex: 'reached', width: 100, render: (r: boolean) => <Tag color={r ? 'green' : 'red'}>{t(r ? 'dormant.contacts.reachedYes' : 'dormant.contacts.reachedNo')}</Tag> },
              { title: t('dormant.contacts.note'), dataIndex: 'note' },
              { title: '', dataIndex: 'recordedByName', width: 100 },
            ]}
          />
          <Form form={form} layout="inline" onFinish={finish} style={{ marginTop: 16, rowGap: 8 }} initialValues={{ attemptedOn: dayjs(), channel: 'phone', reached: false }}>
            <Form.Item name="attemptedOn" rules={[{ required: true }]}><DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} /></Form.Item>
            <Form.Item name="channel">
              <Select style={{ width: 90 }} options={(['phone', 'visit', 'letter'] as const).map((c) => ({ value: c, label: t(`dormant.contacts.channels.${c}`) }))} />
            </Form.Item>
            <Form.Item name="reached">
              <Radio.Group options={[{ value: false, label: t('dormant.contacts.reachedNo') }, { value: true, label: t('dormant.contacts.reachedYes') }]} />
            </Form.Item>
            <Form.Item name="note"><Input placeholder={t('dormant.contacts.note')} maxLength={500} style={{ width: 200 }} /></Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="record-contact">{t('dormant.contacts.record')}</Button>
          </Form>
        </>
      )}
    </Dialog>
  );
}
