import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import type { DormantDecision, DormantProposal } from './dormantTypes';
import { Dialog } from '../../components/Dialog';

type Values = { decision: DormantDecision; note: string; deadline?: Dayjs };
const decisions: DormantDecision[] = ['deregister', 'rectify', 'reactivate', 'dismissed'];

/** 注销一批 · 整改一批 · 激活一批: the street (filed) or the bureau (registered) decides, with a note. */
export function DecideModal({ proposal, onClose, onDecided }: { proposal: DormantProposal; onClose(): void; onDecided(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form);
  const [busy, setBusy] = useState(false);
  const finish = async (v: Values) => {
    setBusy(true);
    try {
      await api.post(`/api/dormant-proposals/${proposal.id}/decision`, { decision: v.decision, note: v.note, deadline: v.deadline?.format('YYYY-MM-DD') });
      message.success(t('common.saved'));
      onDecided();
    } catch (error) {
      showProblem(error, form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={`${t('dormant.decide')}：${proposal.organizationName}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} okButtonProps={{ 'data-testid': 'decide-ok' } as never}>
      <ul style={{ paddingInlineStart: 20 }}>{proposal.criteria.map((c) => <li key={c.criterion}>{c.detail}</li>)}</ul>
      <Form form={form} layout="vertical" onFinish={finish}>
        <Form.Item name="decision" label={t('dormant.decision')} rules={[{ required: true }]}>
          <Radio.Group options={decisions.map((d) => ({ value: d, label: t(`dormant.decisions.${d}`) }))} />
        </Form.Item>
        {decision && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t(`dormant.decisionHints.${decision}`)} />}
        {decision === 'rectify' && (
          <Form.Item name="deadline" label={t('dormant.deadline')} rules={[{ required: true }]}><DatePicker /></Form.Item>
        )}
        <Form.Item name="note" label={t('dormant.note')} rules={[{ required: true }]}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
      </Form>
    </Dialog>
  );
}
