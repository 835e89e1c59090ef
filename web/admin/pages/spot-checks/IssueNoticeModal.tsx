import { Alert, DatePicker, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { OrganizationPicker } from '../registration-ledger/OrganizationPicker';
import { noticeKinds, type Notice, type NoticeKind } from './spotCheckTypes';
import { Dialog } from '../../components/Dialog';

type From = { organizationId: string; organizationName: string; spotCheckId?: string; problems?: string };

/** Issues a rectification notice, a reminder letter or a talk record, to an organization picked here or from a check. */
export function IssueNoticeModal({ from, onClose, onSaved }: { from?: From; onClose(): void; onSaved(notice: Notice): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const kind = (Form.useWatch('kind', form) ?? 'rectification') as NoticeKind;
  const submit = async () => {
    const values = await form.validateFields();
    const body = {
      ...values,
      organizationId: from?.organizationId ?? values.organizationId, spotCheckId: from?.spotCheckId,
      deadline: (values.deadline as Dayjs | undefined)?.format('YYYY-MM-DD'), heldAt: (values.heldAt as Dayjs | undefined)?.format(),
    };
    try {
      onSaved(await api.post<Notice>('/api/supervision-notices', body));
    } catch (error) {
      showProblem(error, form);
    }
  };
  const words = kind === 'talk'
    ? { problems: 'spotChecks.notices.talkContent', requirements: 'spotChecks.notices.talkAgreed' }
    : { problems: 'spotChecks.notices.problems', requirements: kind === 'reminder_letter' ? 'spotChecks.notices.letterRequirements' : 'spotChecks.notices.requirements' };
  return (
    <Dialog title={t('spotChecks.notices.issue')} onCancel={onClose} onOk={submit} okText={t('spotChecks.notices.issue')} cancelText={t('common.cancel')} width={640}>
      <Form form={form} layout="vertical" name="issue-notice" initialValues={{ kind: 'rectification', problems: from?.problems }}>
        {from ? <Alert type="info" style={{ marginBottom: 16 }} message={`${from.organizationName}${from.spotCheckId ? `（${t('spotChecks.notices.fromCheck')}）` : ''}`} /> : (
          <Form.Item name="organizationId" label={t('spotChecks.organization')} rules={[{ required: true }]}>
            <OrganizationPicker filters={{ status: 'active' }} />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t('spotChecks.notices.kind')}>
          <Radio.Group options={noticeKinds.map((k) => ({ value: k, label: t(`spotChecks.notices.kinds.${k}`) }))} />
        </Form.Item>
        {kind === 'talk' && (
          <>
            <Form.Item name="heldAt" label={t('spotChecks.notices.heldAt')} rules={[{ required: true }]}><DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" /></Form.Item>
            <Form.Item name="place" label={t('spotChecks.notices.place')} rules={[{ required: true, whitespace: true, min: 2 }]}><Input maxLength={100} /></Form.Item>
            <Form.Item name="participants" label={t('spotChecks.notices.participants')} rules={[{ required: true, whitespace: true, min: 2 }]}><Input maxLength={200} /></Form.Item>
          </>
        )}
        <Form.Item name="problems" label={t(words.problems)} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={4000} />
        </Form.Item>
        <Form.Item name="requirements" label={t(words.requirements)} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={4000} />
        </Form.Item>
        {kind === 'rectification' && (
          <Form.Item name="deadline" label={t('spotChecks.notices.deadline')} extra={t('spotChecks.notices.deadlineHint')}>
            <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
        )}
      </Form>
    </Dialog>
  );
}
