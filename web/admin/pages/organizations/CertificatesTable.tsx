import { Table, Tag } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../common/format';
import type { CertificateStatus, CertificateView } from './organizationTypes';

const colors: Record<CertificateStatus, string> = { valid: 'green', superseded: 'default', revoked: 'red', terminated: 'default' };

/** 备案证书: every certificate the organization was issued, its live status and its PDF. */
export function CertificatesTable({ certificates }: { certificates: CertificateView[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table<CertificateView>
      rowKey="id"
      size="small"
      pagination={false}
      data-testid="certificates-table"
      dataSource={certificates}
      locale={{ emptyText: t('orgs.noCertificates') }}
      columns={[
        { title: t('orgs.certificateNumber'), dataIndex: 'number' },
        { title: t('orgs.status'), dataIndex: 'status', render: (s: CertificateStatus) => <Tag color={colors[s]}>{t(`orgs.certificateStatuses.${s}`)}</Tag> },
        { title: t('orgs.issuedAt'), dataIndex: 'issuedAt', render: (v: string) => formatTime(v, i18n.language) },
        { title: t('orgs.statusChangedAt'), dataIndex: 'statusChangedAt', render: (v: string | null) => formatTime(v, i18n.language) },
        {
          title: t('common.download'),
          render: (_, c) => <a href={`/api/filings/${c.filingId}/certificate.pdf`} target="_blank" rel="noreferrer"><FilePdfOutlined /> PDF</a>,
        },
      ]}
    />
  );
}
