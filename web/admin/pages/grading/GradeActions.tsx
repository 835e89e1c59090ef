import { useState } from 'react';
import { Button, Form, Input, Select, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import type { GradeEvaluationDetail } from './gradingTypes';
import { Dialog } from '../../components/Dialog';

type Step = 'panel' | 'objection' | 'confirm' | 'reject';

/** The bureau's next steps for an evaluation: name the panel, propose, publish, record objections, confirm or reject. */
export function GradeActions({ evaluation, onChanged }: { evaluation: GradeEvaluationDetail; onChanged(): void }) {
  const { t } = useTranslation();
  const showProblem = useProblem();
  const [step, setStep] = useState<Step | null>(null);
  const url = `/api/grade-evaluations/${evaluation.id}`;
  const run = async (path: string) => {
    try {
      await api.post(`${url}/${path}`);
      onChanged();
    } catch (error) {
      showProblem(error);
    }
  };
  const { state } = evaluation;
  return (
    <Space wrap>
      {state === 'applied' && <Button type="primary" onClick={() => setStep('panel')} data-testid="name-panel">{t('grading.namePanel')}</Button>}
      {state === 'scoring' && <Button type="primary" onClick={() => run('proposal')} data-testid="propose-grade">{t('grading.actions.propose')}</Button>}
      {state === 'proposed' && <Button type="primary" onClick={() => run('notice')} data-testid="publish-notice">{t('grading.actions.publishNotice')}</Button>}
      {state === 'notice' && <Button onClick={() => setStep('objection')}>{t('grading.actions.recordObjection')}</Button>}
      {state === 'notice' && <Button type="primary" onClick={() => setStep('confirm')} data-testid="confirm-grade">{t('grading.actions.confirm')}</Button>}
      {(state === 'proposed' || state === 'notice') && <Button danger onClick={() => setStep('reject')}>{t('grading.actions.reject')}</Button>}
      {step && <StepModal step={step} url={url} onClose={() => setStep(null)} onDone={() => { setStep(null); onChanged(); }} />}
    </Space>
  );
}

function StepModal({ step, url, onClose, onDone }: { step: Step; url: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const reviewers = useQuery({
    queryKey: ['grade-reviewers'], enabled: step === 'panel',
    queryFn: () => api.get<{ items: { id: string; name: string; placeName: string | null }[] }>('/api/grade-evaluations/reviewers'),
  });
  const send = { panel: (v: object) => api.put(`${url}/panel`, v), objection: (v: object) => api.post(`${url}/objections`, v),
    confirm: (v: object) => api.post(`${url}/confirmation`, v), reject: (v: object) => api.post(`${url}/rejection`, v) }[step];
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await send(values);
      onDone();
    } catch (error) {
      showProblem(error, form);
    }
  };
  const titles: Record<Step, string> = {
    panel: t('grading.namePanel'), objection: t('grading.actions.recordObjection'), confirm: t('grading.actions.confirm'), reject: t('grading.actions.reject'),
  };
  return (
    <Dialog title={titles[step]} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')} okButtonProps={{ 'data-testid': 'step-ok' } as Record<`data-${string}`, string>}>
      <Form form={form} layout="vertical" name={`grade-${step}`}>
        {step === 'panel' && (
          <Form.Item name="reviewerIds" label={t('grading.reviewers')} rules={[{ required: true }]}>
            <Select mode="multiple" data-testid="reviewer-select" loading={reviewers.isFetching}
              options={(reviewers.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.name}（${r.placeName ?? ''}）` }))} />
          </Form.Item>
        )}
        {step === 'objection' && (
          <>
            <Form.Item name="reason" label={t('grading.actions.objectionReason')} rules={[{ required: true, whitespace: true, min: 5 }]}><Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} /></Form.Item>
            <Form.Item name="contact" label={t('grading.actions.objectionContact')}><Input maxLength={100} /></Form.Item>
          </>
        )}
        {step === 'confirm' && <Form.Item name="note" label={t('grading.actions.confirmNote')}><Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} /></Form.Item>}
        {step === 'reject' && (
          <Form.Item name="reason" label={t('grading.actions.rejectReason')} rules={[{ required: true, whitespace: true, min: 2 }]}><Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} /></Form.Item>
        )}
      </Form>
    </Dialog>
  );
}
