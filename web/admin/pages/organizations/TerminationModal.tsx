import { App, Alert, Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import type { MeetingRecord } from '../filings/filingTypes';
import { Dialog } from '../../components/Dialog';

type MeetingValues = Omit<MeetingRecord, 'heldOn'> & { heldOn: Dayjs };

/** Applying for termination from the organization, or correcting the record of a termination returned for amendment. */
type Target =
  | { organizationId: string; onStarted(filingId: string): void }
  | { filingId: string; initial?: MeetingRecord; onSaved(): void };

/**
 * 申请退出: the members' meeting record the termination rests on (seed 001 第三条). The server checks
 * it against the member count and the quorum and approval shares (settings); its refusals, which
 * name the rule, land under the fields they concern. Given a `filingId`, the same form corrects the
 * record of that termination (修改会议记录) while it is back in draft.
 */
export function TerminationModal({ memberCount, onClose, ...target }: { memberCount: number; onClose(): void } & Target) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const [form] = Form.useForm<{ meeting: MeetingValues }>();
  const initial = 'filingId' in target && target.initial ? { meeting: { ...target.initial, heldOn: dayjs(target.initial.heldOn) } } : undefined;
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
    const record: MeetingRecord = { ...meeting, heldOn: meeting.heldOn.format('YYYY-MM-DD'), reason: meeting.reason.trim(), remainingAssets: meeting.remainingAssets.trim() };
    try {
      if ('filingId' in target) {
        await api.put(`/api/filings/${target.filingId}/meeting`, { meeting: record });
        message.success(t('lifecycle.meetingSaved'));
        target.onSaved();
      } else {
        const { filingId } = await api.post<{ filingId: string }>(`/api/organizations/${target.organizationId}/terminations`, { meeting: record });
        message.success(t('lifecycle.terminationStarted'));
        target.onStarted(filingId);
      }
    } catch (error) {
      showProblem(error, form);
    }
  };

  return (
    <Dialog
      width={720} onOk={submit} onCancel={onClose} cancelText={t('common.cancel')}
      title={'filingId' in target ? t('lifecycle.editMeeting') : t('lifecycle.terminationTitle')}
      okText={'filingId' in target ? t('common.save') : t('filings.confirmAction')}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="termination-member-count"
        message={`${t('lifecycle.memberCount')}：${t('lifecycle.membersUnit', { count: memberCount })}`}
        description={t('lifecycle.terminationIntro')}
      />
      <Form form={form} layout="vertical" name="termination" initialValues={initial}>
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
    </Dialog>
  );
}
