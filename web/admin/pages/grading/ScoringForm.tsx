import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { leavesOf, type GradeEvaluationDetail } from './gradingTypes';
import { Dialog } from '../../components/Dialog';

/**
 * An expert's scoring: each manual indicator up to its points, with the declaration of no conflict
 * of interest; or the declaration of a conflict, which excludes them from the panel.
 */
export function ScoringForm({ evaluation, onChanged }: { evaluation: GradeEvaluationDetail; onChanged(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const [declaring, setDeclaring] = useState(false);
  const seat = evaluation.mySeat!;
  const manual = leavesOf(evaluation.index.tree).filter((l) => l.rule?.kind === 'manual');
  const mine = Object.fromEntries(seat.scores.map((s) => [s.indicatorKey, s]));
  if (seat.conflictDeclared) return <Alert type="warning" showIcon message={t('grading.score.excluded', { note: seat.conflictNote ?? '' })} />;
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await api.put(`/api/grade-evaluations/${evaluation.id}/scores`, {
        noConflict: values.noConflict === true,
        scores: manual.map((leaf) => ({ indicatorKey: leaf.key, points: values.points[leaf.key], comment: values.comments?.[leaf.key] || undefined })),
      });
      onChanged();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Card title={t('grading.score.title')} size="small">
      {seat.submitted && <Alert type="success" showIcon message={t('grading.score.submitted')} style={{ marginBottom: 12 }} />}
      <Form form={form} name="grade-scores" initialValues={{
        noConflict: seat.submitted,
        points: Object.fromEntries(manual.map((l) => [l.key, mine[l.key]?.points])),
        comments: Object.fromEntries(manual.map((l) => [l.key, mine[l.key]?.comment ?? ''])),
      }}>
        <Table rowKey="key" size="small" pagination={false} dataSource={manual} columns={[
          { title: t('grading.indicator'), dataIndex: 'name' },
          { title: t('grading.points'), dataIndex: 'points', width: 80 },
          { title: t('grading.myPoints'), width: 150, render: (_, leaf) => (
            <Form.Item name={['points', leaf.key]} rules={[{ required: true }]} style={{ margin: 0 }}>
              <InputNumber min={0} max={leaf.points} step={0.5} placeholder={t('grading.score.max', { max: leaf.points })} data-testid={`score-${leaf.key}`} />
            </Form.Item>
          ) },
          { title: t('grading.comment'), render: (_, leaf) => <Form.Item name={['comments', leaf.key]} style={{ margin: 0 }}><Input maxLength={500} /></Form.Item> },
        ]} />
        <Form.Item name="noConflict" valuePropName="checked" style={{ marginTop: 12 }}
          rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('grading.score.noConflict')))) }]}>
          <Checkbox data-testid="no-conflict">{t('grading.score.noConflict')}</Checkbox>
        </Form.Item>
        <Space>
          <Button type="primary" onClick={submit} data-testid="submit-scores">{t('grading.score.submit')}</Button>
          <Button danger onClick={() => setDeclaring(true)}>{t('grading.score.declareConflict')}</Button>
        </Space>
      </Form>
      {declaring && <ConflictModal id={evaluation.id} onClose={() => setDeclaring(false)} onDone={() => { setDeclaring(false); onChanged(); }} />}
    </Card>
  );
}

function ConflictModal({ id, onClose, onDone }: { id: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      await api.post(`/api/grade-evaluations/${id}/conflict`, values);
      onDone();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={t('grading.score.declareConflict')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')}>
      <Form form={form} layout="vertical" name="grade-conflict">
        <Form.Item name="note" label={t('grading.score.conflictReason')} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
