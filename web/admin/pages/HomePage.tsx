import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session';
import { levelOfCode } from '../../common/format';
import { LedgerCheckCard } from './time-bank/LedgerCheckCard';

export default function HomePage() {
  const { t } = useTranslation();
  const { session, can } = useSession();
  const user = session!.user;
  return (
    <>
      <Card>
        <Typography.Title level={4}>{t('home.welcome', { name: user.displayName })}</Typography.Title>
        <Descriptions column={1} bordered size="small" style={{ maxWidth: 560 }}>
          <Descriptions.Item label={t('home.node')}>{user.jurisdictionName}（{user.jurisdictionCode}）</Descriptions.Item>
          <Descriptions.Item label={t('home.level')}>{t(`levels.${levelOfCode(user.jurisdictionCode)}`)}</Descriptions.Item>
          <Descriptions.Item label={t('home.role')}>{t(`roles.${user.role}`)}</Descriptions.Item>
        </Descriptions>
      </Card>
      {can('ledgerCheck.read') && <LedgerCheckCard />}
    </>
  );
}
