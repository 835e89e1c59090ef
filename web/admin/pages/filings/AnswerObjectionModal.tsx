import { App, Form, Input, Radio, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import type { FieldGroups } from './filingFields';
import { filingsKey, type Objection } from './filingTypes';
import { FieldsToFixPicker } from './FieldsToFixPicker';
import { Dialog } from '../../components/Dialog';

/**
 * The street answers an objection: dismissed with a reason (the notice runs on), or upheld, which
 * returns the filing for amendment (naming the fields to fix) or rejects it. A revocation has neither
 * step: an objection that holds is answered by withdrawing the revocation.
 */
export function AnswerObjectionModal({ filingId, kind, objection, groups, onClose }: {
  filingId: string; kind: string; objection: Objection; groups: FieldGroups; onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showProblem = useProblem();
  const [form] = Form.useForm();
  const decision = Form.useWatch('decision', form);
  const then = Form.useWatch('then', form);

  const submit = async () => {
    const values = await form.validateFields();
    try {
      await api.post(`/api/filings/${filingId}/objections/${objection.id}/answer`, values.decision === 'dismiss'
        ? { decision: 'dismiss', answer: values.answer }
        : { decision: 'uphold', answer: values.answer, then: values.then, fieldsToFix: values.then === 'return' ? values.fieldsToFix : undefined });
      message.success(t('filings.objections.answered'));
      await Promise.all([queryClient.invalidateQueries({ queryKey: [filingsKey] }), queryClient.invalidateQueries({ queryKey: ['timeline'] })]);
      onClose();
    } catch (error) {
      showProblem(error, form);
    }
  };

  return (
    <Dialog width={760} title={t('filings.objections.answer')} okText={t('filings.confirmAction')} cancelText={t('common.cancel')} onOk={submit} onCancel={onClose}>
      <p>{objection.reason}</p>
      <Form form={form} layout="vertical" name="answer-objection" initialValues={{ decision: 'dismiss', then: 'return' }}>
        <Form.Item name="decision" label={t('filings.objections.decision')}>
          <Radio.Group options={[
            { value: 'dismiss', label: t('filings.objections.dismiss') },
            { value: 'uphold', label: t('filings.objections.uphold'), disabled: kind === 'revocation' },
          ]} />
        </Form.Item>
        {kind === 'revocation' && <Typography.Paragraph type="secondary">{t('lifecycle.upholdByWithdrawing')}</Typography.Paragraph>}
        <Form.Item
          name="answer"
          label={t(decision === 'uphold' ? 'filings.objections.upholdReason' : 'filings.objections.dismissReason')}
          rules={[{ required: true, whitespace: true }, { min: 2 }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount />
        </Form.Item>
        {decision === 'uphold' && (
          <Form.Item name="then" label={t('filings.objections.then')}>
            <Radio.Group options={[
              { value: 'return', label: t('filings.objections.thenReturn') },
              { value: 'reject', label: t('filings.objections.thenReject') },
            ]} />
          </Form.Item>
        )}
        {decision === 'uphold' && then === 'return' && (
          <Form.Item name="fieldsToFix" label={t('filings.fieldsToFix')} rules={[{ required: true, type: 'array', min: 1, message: t('filings.fieldsToFixRequired') }]}>
            <FieldsToFixPicker groups={groups} />
          </Form.Item>
        )}
      </Form>
    </Dialog>
  );
}
