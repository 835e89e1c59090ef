import { App, Alert, Col, DatePicker, Form, Input, InputNumber, Modal, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import type { MeetingRecord } from '../filings/filingTypes';

type MeetingValues = Omit<MeetingRecord, 'heldOn'> & { heldOn: Dayjs };

/**
 * 申请退出: the members' meeting record the termination rests on (seed 001 第三条). The server checks
 * it against the member count and the quorum and approval shares (settings); its refusals, which
 * name the rule, land under the fields they concern.
 */
export function TerminationModal({ organizationId, memberCount, onClose, onStarted }: {
  organizationId: string; memberCount: number; onClose(): void; onStarted(filingId: string): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const [form] = Form.useForm<{ meeting: MeetingValues }>();
  const label = (field: string) => t(`lifecycle.meeting.${field}`);
  const required = (field: string) => [{ required: true, message: t('lifecycle.required', { field: label(field) }) }];
  const count = (field: keyof MeetingRecord, min: number) => (
    <Col span={6}>
      <Form.Item name={['meeting', field]} label={label(field)} rules={required(field)}>
        <InputNumber min={min} max={100_000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );

  const submit = async () => {
    const { meeting } = await form.validateFields();
    try {
      const { filingId } = await api.post<{ filingId: string }>(`/api/organizations/${organizationId}/terminations`, {
        meeting: { ...meeting, heldOn: meeting.heldOn.format('YYYY-MM-DD'), reason: meeting.reason.trim(), remainingAssets: meeting.remainingAssets.trim() },
      });
      message.success(t('lifecycle.terminationStarted'));
      onStarted(filingId);
    } catch (error) {
      showProblem(error, form);
    }
  };

  return (
    <Modal open width={720} title={t('lifecycle.terminationTitle')} okText={t('filings.confirmAction')} cancelText={t('common.cancel')} onOk={submit} onCancel={onClose}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="termination-member-count"
        message={`${t('lifecycle.memberCount')}：${t('lifecycle.membersUnit', { count: memberCount })}`}
        description={t('lifecycle.terminationIntro')}
      />
      <Form form={form} layout="vertical" name="termination">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name={['meeting', 'heldOn']} label={label('heldOn')} rules={required('heldOn')}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
          </Col>
          <Col span={12} />
          {count('membersPresent', 1)}
          {count('votesFor', 0)}
          {count('votesAgainst', 0)}
          {count('abstentions', 0)}
          <Col span={24}>
            <Form.Item name={['meeting', 'reason']} label={label('reason')} rules={[...required('reason'), { whitespace: true }]}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} showCount />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name={['meeting', 'remainingAssets']} label={label('remainingAssets')} rules={[...required('remainingAssets'), { whitespace: true }]}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} showCount />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
