import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { RecordsTab } from './RecordsTab';
import { TotalsTab } from './TotalsTab';

/** 服务记录: confirmed hours served in the user's subtree, corrections by reversal, totals and certificates. */
export default function ServiceRecordsPage() {
  const { t } = useTranslation();
  return (
    <Card title={t('serviceRecords.menu.records')}>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'records', label: t('serviceRecords.tabs.records'), children: <RecordsTab /> },
          { key: 'totals', label: t('serviceRecords.tabs.totals'), children: <TotalsTab /> },
        ]}
      />
    </Card>
  );
}
