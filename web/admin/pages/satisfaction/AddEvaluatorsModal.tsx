import { Button, Form, Input, Radio, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import { evaluatorKinds, type EvaluatorKind, type IssuedLink } from './satisfactionTypes';
import { Dialog } from '../../components/Dialog';

type Values = { evaluators: { kind: EvaluatorKind; name: string; affiliation?: string }[] };

/** Names evaluators (两委成员, 居民代表, 辖区单位); the server answers each one's link, shown once. */
export function AddEvaluatorsModal({ roundId, onClose, onAdded }: { roundId: string; onClose(): void; onAdded(links: IssuedLink[]): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const showProblem = useProblem();
  const submit = async () => {
    const values = await form.validateFields();
    try {
      const added = await api.post<{ items: IssuedLink[] }>(`/api/satisfaction-rounds/${roundId}/evaluators`, values);
      onAdded(added.items);
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={t('satisfaction.addEvaluators')} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')} width={820}>
      <Form form={form} name="add-evaluators" initialValues={{ evaluators: [{ kind: 'committee_member', name: '' }] }}>
        <Form.List name="evaluators">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field, i) => (
                <Space key={field.key} align="baseline" wrap data-testid={`evaluator-row-${i}`}>
                  <Form.Item name={[field.name, 'kind']} rules={[{ required: true }]} style={{ marginBottom: 0 }}>
                    <Radio.Group optionType="button" aria-label={t('satisfaction.kind')} options={evaluatorKinds.map((k) => ({ value: k, label: t(`satisfaction.kinds.${k}`) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true, whitespace: true, max: 50 }]} style={{ marginBottom: 0 }}>
                    <Input placeholder={t('satisfaction.name')} maxLength={50} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'affiliation']} rules={[{ max: 100 }]} style={{ marginBottom: 0 }}>
                    <Input placeholder={t('satisfaction.affiliationHint')} maxLength={100} style={{ width: 300 }} />
                  </Form.Item>
                  {fields.length > 1 && <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('satisfaction.removeItem')} />}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: form.getFieldValue(['evaluators', fields.length - 1, 'kind']) ?? 'resident_rep', name: '' })} data-testid="add-evaluator-row">
                {t('satisfaction.addRow')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </Dialog>
  );
}
