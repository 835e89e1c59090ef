import { Col, DatePicker, Form, Input, Row, Select, Switch, type FormInstance } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../common/api';
import { JurisdictionSelect } from '../../../components/JurisdictionSelect';
import { useOrgVocabulary } from '../../organizations/useOrgVocabulary';
import type { OrganizationView } from '../../organizations/organizationTypes';

/** Submission needs these too, but a draft may be saved without them: marked, not enforced here. */
const neededToSubmit = new Set(['address', 'foundedOn', 'purpose', 'businessScope', 'leaderIdNumber', 'leaderPhone']);

/**
 * Step 1, the filing form's items (备案表). Personal numbers already saved come back masked: the
 * field stays empty and shows the masked value; typing replaces it. A change keeps the place (`placeFixed`).
 */
export function OrganizationStep({ form, saved, placeFixed = false, initialValues }: {
  form: FormInstance; saved?: OrganizationView; placeFixed?: boolean; initialValues: Record<string, unknown>;
}) {
  const { t } = useTranslation();
  const words = useOrgVocabulary();
  const item = (name: string) => ({ name, label: t(`filings.fields.${name}`), required: neededToSubmit.has(name) || undefined });
  const keep = (masked: string | null | undefined) => (masked ? t('filings.wizard.keepMasked', { value: masked }) : undefined);
  return (
    <Form form={form} layout="vertical" name="filing-organization" initialValues={initialValues}>
      <Row gutter={24}>
        <Col span={12}>
          <Form.Item {...item('name')} rules={[{ required: true, whitespace: true }, { min: 2 }]} extra={t('filings.wizard.nameRule')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item {...item('category')} rules={[{ required: true }]}><Select options={words.categoryOptions} /></Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item {...item('foundedOn')}><DatePicker style={{ width: '100%' }} /></Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            {...item('jurisdictionCode')}
            rules={placeFixed ? [] : [{ required: true }, { len: 12, message: t('filings.wizard.communityOnly') }]}
            extra={t(placeFixed ? 'lifecycle.placeFixed' : 'filings.wizard.communityOnly')}
          >
            {placeFixed ? <FixedPlace /> : <JurisdictionSelect communitiesOnly allowClear={false} style={{ width: '100%' }} />}
          </Form.Item>
        </Col>
        <Col span={12}><Form.Item {...item('address')}><Input maxLength={200} /></Form.Item></Col>
        <Col span={12}><Form.Item {...item('purpose')}><Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount /></Form.Item></Col>
        <Col span={12}><Form.Item {...item('businessScope')}><Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount /></Form.Item></Col>
        <Col span={6}><Form.Item {...item('leaderName')} required><Input maxLength={50} /></Form.Item></Col>
        <Col span={8}>
          <Form.Item {...item('leaderIdNumber')} extra={keep(saved?.leaderIdNumberMasked)}>
            <Input maxLength={18} placeholder={saved?.leaderIdNumberMasked ?? undefined} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item {...item('leaderPhone')} extra={keep(saved?.leaderPhoneMasked)}>
            <Input maxLength={11} placeholder={saved?.leaderPhoneMasked ?? undefined} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={4}><Form.Item {...item('leaderPartyMember')} valuePropName="checked"><Switch /></Form.Item></Col>
        <Col span={6}><Form.Item {...item('contactName')}><Input maxLength={50} /></Form.Item></Col>
        <Col span={6}>
          <Form.Item {...item('contactPhone')} extra={keep(saved?.contactPhoneMasked)}>
            <Input maxLength={11} placeholder={saved?.contactPhoneMasked ?? undefined} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}><Form.Item {...item('fundingSource')}><Input maxLength={200} /></Form.Item></Col>
      </Row>
    </Form>
  );
}

/** The place of a change: shown, not editable (the form item still holds the code). */
function FixedPlace({ value, id }: { value?: string; id?: string }) {
  const node = useQuery({
    queryKey: ['jurisdiction', value],
    queryFn: () => api.get<{ name: string }>(`/api/jurisdictions/${value}`),
    enabled: Boolean(value),
    staleTime: 300_000,
  });
  return <Input id={id} disabled value={node.data ? `${node.data.name}（${value}）` : value} data-testid="fixed-place" />;
}
