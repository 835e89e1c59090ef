import { App, Button, Card, Space, Typography } from 'antd';
import { CopyOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { IssuedLink } from './satisfactionTypes';
import { Dialog } from '../../components/Dialog';

/**
 * The links just issued, each with its QR code, to copy or print as slips. They are shown only now:
 * the server keeps no more than each token's hash.
 */
export function EvaluatorLinksModal({ links, onClose }: { links: IssuedLink[]; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copy = async (url: string) => {
    await navigator.clipboard?.writeText(url);
    message.success(t('common.copied'));
  };
  return (
    <Dialog
      title={t('satisfaction.links')} onCancel={onClose} width={760}
      footer={[
        <Button key="print" icon={<PrinterOutlined />} onClick={() => window.print()}>{t('satisfaction.print')}</Button>,
        <Button key="close" type="primary" onClick={onClose}>{t('common.close')}</Button>,
      ]}
    >
      <Typography.Paragraph type="warning">{t('satisfaction.linksHint')}</Typography.Paragraph>
      <Space wrap align="start">
        {links.map((link) => (
          <Card key={link.id} size="small" style={{ width: 220 }} data-testid="evaluator-link">
            <div role="img" aria-label={link.name} data-testid="evaluator-qr" style={{ width: 180, margin: '0 auto', background: '#fff' }} dangerouslySetInnerHTML={{ __html: link.qrSvg }} />
            <Typography.Text strong>{link.name}</Typography.Text>
            <div><Typography.Text type="secondary">{t(`satisfaction.kinds.${link.kind}`)}{link.affiliation ? ` · ${link.affiliation}` : ''}</Typography.Text></div>
            <div style={{ fontSize: 12, wordBreak: 'break-all', margin: '4px 0' }} data-testid="evaluator-url">{link.url}</div>
            <Button size="small" icon={<CopyOutlined />} onClick={() => copy(link.url)}>{t('satisfaction.copy')}</Button>
          </Card>
        ))}
      </Space>
    </Dialog>
  );
}
