import { App, Form, Input } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import type { FieldGroups } from './filingFields';
import { filingsKey, type FilingAction } from './filingTypes';
import { FieldsToFixPicker } from './FieldsToFixPicker';
import { AttachmentUpload } from './AttachmentUpload';
import { Dialog } from '../../components/Dialog';

/**
 * Takes one step on a filing (forward, approve, return, reject…): the opinion where the workflow
 * asks for one, the fields to fix for a return, and optional attachments.
 */
export function FilingActionModal({ filingId, action, groups, onClose }: { filingId: string; action: FilingAction; groups: FieldGroups; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showProblem = useProblem();
  const [form] = Form.useForm();
  const label = i18n.language === 'en' ? action.label.en : action.label.zh;

  const submit = async () => {
    const values = await form.validateFields();
    try {
      await api.post(`/api/filings/${filingId}/transitions`, {
        action: action.action,
        opinion: values.opinion?.trim() || undefined,
        fieldsToFix: values.fieldsToFix?.length ? values.fieldsToFix : undefined,
        attachmentIds: values.attachmentIds?.length ? values.attachmentIds : undefined,
      });
      message.success(t('filings.actionDone', { action: label }));
      await Promise.all([queryClient.invalidateQueries({ queryKey: [filingsKey] }), queryClient.invalidateQueries({ queryKey: ['timeline'] })]);
      onClose();
    } catch (error) {
      showProblem(error, form);
    }
  };

  return (
    <Dialog title={label} width={action.fieldsToFix ? 760 : 560} okText={t('filings.confirmAction')} cancelText={t('common.cancel')} onOk={submit} onCancel={onClose}>
      <Form form={form} layout="vertical" name="filing-action">
        <Form.Item name="opinion" label={t('filings.opinion')} rules={action.opinion === 'required' ? [{ required: true, whitespace: true }] : []}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount />
        </Form.Item>
        {action.fieldsToFix && (
          <Form.Item name="fieldsToFix" label={t('filings.fieldsToFix')} rules={[{ required: true, type: 'array', min: 1, message: t('filings.fieldsToFixRequired') }]}>
            <FieldsToFixPicker groups={groups} />
          </Form.Item>
        )}
        <Form.Item name="attachmentIds" label={t('filings.attachments')} rules={action.attachments === 'required' ? [{ required: true, type: 'array', min: 1 }] : []}>
          <AttachmentUpload />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
