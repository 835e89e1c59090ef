import { App, Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { useProblem } from '../../components/useProblem';
import { toBody } from './formValues';
import { useOrgVocabulary } from './useOrgVocabulary';
import { Dialog } from '../../components/Dialog';

export type RecordedKind = 'registered' | 'guided';

/**
 * Records an organization that does not go through filing: a registered legal person (the bureau,
 * with its unified social credit code) or a community-guided group (the committee, lighter data).
 */
export function RecordOrganizationModal({ kind, onClose, onSaved }: { kind: RecordedKind; onClose(): void; onSaved(id: string): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const words = useOrgVocabulary();
  const [form] = Form.useForm();
  const field = (name: string) => t(`filings.fields.${name}`);

  const submit = async () => {
    const values = await form.validateFields();
    try {
      const { id } = await api.post<{ id: string }>(`/api/organizations/${kind}`, toBody(values));
      message.success(t('common.saved'));
      onSaved(id);
    } catch (error) {
      showProblem(error, form);
    }
  };

  return (
    <Dialog
      width={760}
      title={t(kind === 'registered' ? 'orgs.recordRegistered' : 'orgs.recordGuided')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" name={`record-${kind}`} initialValues={{ leaderPartyMember: false }}>
        <Row gutter={16}>
          <Col span={12}><Form.Item name="name" label={field('name')} rules={[{ required: true }]}><Input maxLength={100} /></Form.Item></Col>
          <Col span={12}><Form.Item name="category" label={field('category')} rules={[{ required: true }]}><Select options={words.categoryOptions} /></Form.Item></Col>
          {kind === 'registered' && (
            <Col span={12}>
              <Form.Item
                name="creditCode" label={t('orgs.creditCode')} normalize={(v?: string) => v?.toUpperCase()}
                rules={[{ required: true }, { len: 18, message: t('orgs.creditCodeLength') }]}
              >
                <Input maxLength={18} />
              </Form.Item>
            </Col>
          )}
          <Col span={12}>
            <Form.Item name="jurisdictionCode" label={field('jurisdictionCode')} rules={[{ required: true }]}>
              <JurisdictionSelect communitiesOnly style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}><Form.Item name="address" label={field('address')}><Input maxLength={200} /></Form.Item></Col>
          <Col span={12}><Form.Item name="foundedOn" label={field('foundedOn')}><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={12}><Form.Item name="memberCount" label={t('orgs.memberCount')}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={24}><Form.Item name="purpose" label={field('purpose')}><Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} /></Form.Item></Col>
          <Col span={24}><Form.Item name="businessScope" label={field('businessScope')}><Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} /></Form.Item></Col>
          <Col span={12}><Form.Item name="leaderName" label={field('leaderName')} rules={[{ required: true }]}><Input maxLength={50} /></Form.Item></Col>
          <Col span={12}><Form.Item name="leaderIdNumber" label={field('leaderIdNumber')}><Input maxLength={18} /></Form.Item></Col>
          <Col span={12}><Form.Item name="leaderPhone" label={field('leaderPhone')}><Input maxLength={11} /></Form.Item></Col>
          <Col span={12}><Form.Item name="leaderPartyMember" label={field('leaderPartyMember')} valuePropName="checked"><Switch /></Form.Item></Col>
        </Row>
      </Form>
    </Dialog>
  );
}
