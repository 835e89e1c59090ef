import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../../common/api';
import { ApiProblem } from '../../../common/problem';
import { useProblem } from '../../components/useProblem';
import type { AnnualReport, AnnualReportContent } from './annualReportTypes';

type FormValues = Omit<AnnualReportContent, 'finances'> & { finances: { income: number; expense: number; netAssets: number; sources: string } };

const toForm = (c: AnnualReportContent): FormValues => ({
  ...c, finances: { income: c.finances.incomeFen / 100, expense: c.finances.expenseFen / 100, netAssets: c.finances.netAssetsFen / 100, sources: c.finances.sources },
});
const fen = (yuan: number | null | undefined) => Math.round((yuan ?? 0) * 100);
const toContent = (v: FormValues): AnnualReportContent => ({
  ...v, finances: { incomeFen: fen(v.finances.income), expenseFen: fen(v.finances.expense), netAssetsFen: fen(v.finances.netAssets), sources: v.finances.sources ?? '' },
});

/** The leader writes one year's report: prefilled with what the platform knows, saved as a draft, then submitted. */
export default function AnnualReportFormPage() {
  const { t } = useTranslation();
  const { organizationId = '', year = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const url = `/api/organizations/${organizationId}/annual-reports/${year}`;
  const query = useQuery({ queryKey: ['annual-report-form', organizationId, year], queryFn: () => api.get<{ report: AnnualReport | null; prefill: AnnualReportContent | null }>(url) });
  const report = query.data?.report;
  const editable = !report || report.state === 'draft' || report.state === 'returned';
  useEffect(() => {
    const content = query.data?.report?.content ?? query.data?.prefill;
    if (content) form.setFieldsValue(toForm(content));
  }, [query.data, form]);

  const save = async (submit: boolean) => {
    setBusy(true);
    try {
      const values = await form.validateFields();
      const saved = await api.put<AnnualReport>(url, { content: toContent(values) });
      if (submit) await api.post(`/api/annual-reports/${saved.id}/transitions`, { action: 'submit' });
      message.success(t(submit ? 'annualReports.submitted' : 'annualReports.saved'));
      navigate(`/annual-reports/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiProblem || !(error && typeof error === 'object' && 'errorFields' in error)) showProblem(error, form);
    } finally {
      setBusy(false);
    }
  };
  const required = [{ required: true }];
  const number = (name: (string)[], label: string) => (
    <Col xs={24} sm={8}><Form.Item name={name} label={t(label)} rules={required}><InputNumber min={0} style={{ width: '100%' }} /></Form.Item></Col>
  );
  return (
    <Card
      loading={query.isLoading}
      title={<Space><Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/annual-reports')} />{t('annualReports.formTitle', { year })}</Space>}
    >
      {query.error && <Alert type="error" showIcon message={query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)} />}
      {report?.state === 'returned' && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('annualReports.returnedNote', { note: report.reviewNote ?? '' })} />}
      {!report && query.data && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('annualReports.prefillNote')} />}
      {!editable && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('annualReports.notEditable')} />}
      <Form form={form} layout="vertical" disabled={!editable} style={{ maxWidth: 860 }}>
        <Typography.Title level={5}>{t('annualReports.sections.activities')}</Typography.Title>
        <Row gutter={16}>
          {number(['activities', 'count'], 'annualReports.fields.activitiesCount')}
          {number(['activities', 'participants'], 'annualReports.fields.participants')}
        </Row>
        <Form.Item name={['activities', 'highlights']} label={t('annualReports.fields.highlights')} rules={required}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
        <Typography.Title level={5}>{t('annualReports.sections.finances')}</Typography.Title>
        <Row gutter={16}>
          <Col xs={24} sm={8}><Form.Item name={['finances', 'income']} label={t('annualReports.fields.income')} rules={required}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item></Col>
          <Col xs={24} sm={8}><Form.Item name={['finances', 'expense']} label={t('annualReports.fields.expense')} rules={required}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item></Col>
          <Col xs={24} sm={8}><Form.Item name={['finances', 'netAssets']} label={t('annualReports.fields.netAssets')} rules={required}><InputNumber precision={2} style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Form.Item name={['finances', 'sources']} label={t('annualReports.fields.sources')}><Input maxLength={500} /></Form.Item>
        <Typography.Title level={5}>{t('annualReports.sections.members')}</Typography.Title>
        <Row gutter={16}>
          {number(['members', 'count'], 'annualReports.fields.memberCount')}
          {number(['members', 'joined'], 'annualReports.fields.joined')}
          {number(['members', 'left'], 'annualReports.fields.left')}
        </Row>
        <Form.Item name={['members', 'leaderChanged']} valuePropName="checked"><Checkbox>{t('annualReports.fields.leaderChanged')}</Checkbox></Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.members?.leaderChanged !== b.members?.leaderChanged}>
          {() => form.getFieldValue(['members', 'leaderChanged']) && (
            <Form.Item name={['members', 'leaderChange']} label={t('annualReports.fields.leaderChange')} rules={required}><Input maxLength={500} /></Form.Item>
          )}
        </Form.Item>
        <Typography.Title level={5}>{t('annualReports.sections.partyBuilding')}</Typography.Title>
        <Row gutter={16}>
          {number(['partyBuilding', 'partyMembers'], 'annualReports.fields.partyMembers')}
          <Col xs={24} sm={16}><Form.Item name={['partyBuilding', 'organization']} label={t('annualReports.fields.partyOrganization')}><Input maxLength={200} /></Form.Item></Col>
        </Row>
        <Form.Item name={['partyBuilding', 'activities']} label={t('annualReports.fields.partyActivities')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
        <Typography.Title level={5}>{t('annualReports.sections.disclosures')}</Typography.Title>
        <Form.Item name="disclosures" label={t('annualReports.fields.disclosures')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
        {editable && (
          <Space>
            <Button onClick={() => save(false)} loading={busy}>{t('annualReports.saveDraft')}</Button>
            <Button type="primary" onClick={() => save(true)} loading={busy} data-testid="submit-annual-report">{t('annualReports.saveAndSubmit')}</Button>
          </Space>
        )}
      </Form>
    </Card>
  );
}
