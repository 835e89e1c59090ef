import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session';
import { usePagedList } from '../../components/usePagedList';
import { ConfirmPickupBox } from './ConfirmPickupBox';
import { RedemptionsTable } from './RedemptionsTable';
import { RewardItemsTable } from './RewardItemsTable';
import type { Redemption } from './pointsTypes';

/**
 * 积分兑换: the pickup counter (核销) and the redemptions for providers and staff; the catalogue
 * for staff who manage it. A provider's account sees its own items' redemptions only.
 */
export default function PointsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const redemptions = usePagedList<Redemption>('/api/redemptions');
  const tabs = [
    { key: 'redemptions', label: t('points.redemptions'), children: <RedemptionsTable list={redemptions} /> },
    ...(can('rewardItem.manage') ? [{ key: 'catalogue', label: t('points.catalogue'), children: <RewardItemsTable /> }] : []),
  ];
  return (
    <Card title={t('points.title')}>
      <ConfirmPickupBox onConfirmed={() => redemptions.query.refetch()} />
      <Tabs items={tabs} />
    </Card>
  );
}
