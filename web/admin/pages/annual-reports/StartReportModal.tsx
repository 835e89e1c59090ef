import { Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { OrganizationPicker } from '../registration-ledger/OrganizationPicker';
import { Dialog } from '../../components/Dialog';

/** The leader picks which organization and year to report on; the form opens prefilled. */
export function StartReportModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ organizationId: string; year: number }>();
  return (
    <Dialog title={t('annualReports.write')} onCancel={onClose} okText={t('annualReports.write')} onOk={() => form.submit()}>
      <Form form={form} layout="vertical" initialValues={{ year: new Date().getFullYear() - 1 }}
        onFinish={(v) => navigate(`/annual-reports/write/${v.organizationId}/${v.year}`)}>
        <Form.Item name="organizationId" label={t('annualReports.organization')} rules={[{ required: true }]}>
          <OrganizationPicker filters={{ status: 'active' }} />
        </Form.Item>
        <Form.Item name="year" label={t('annualReports.year')} rules={[{ required: true }]}><InputNumber min={2000} max={2100} /></Form.Item>
      </Form>
    </Dialog>
  );
}
