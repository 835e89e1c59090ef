import { Alert, Button, Space, Spin, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { shortTime } from '../../../common/activity-time';
import { ApiProblem } from '../../../common/problem';

type CheckInCode = { code: string; url: string; qrSvg: string; expiresAt: string };

/**
 * 签到二维码 for the manager's screen at the door: the code rotates every five minutes, so the
 * panel asks for the current one every minute.
 */
export function CheckInQrPanel({ activityId }: { activityId: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['activity', activityId, 'check-in-code'],
    queryFn: () => api.get<CheckInCode>(`/api/activities/${activityId}/check-in-code`),
    refetchInterval: 60_000,
    refetchIntervalInBackground: true,
  });
  if (query.error) return <Alert type="error" message={query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)} />;
  if (!query.data) return <Spin />;
  const { code, qrSvg, expiresAt, url } = query.data;
  return (
    <Space direction="vertical" align="center" style={{ width: '100%' }} data-testid="check-in-qr">
      <img src={`data:image/svg+xml;utf8,${encodeURIComponent(qrSvg)}`} alt={url} width={280} height={280} />
      <Typography.Text>{t('activities.qr.code')}</Typography.Text>
      <Typography.Text strong style={{ fontSize: 32, letterSpacing: 6, fontFamily: 'monospace' }} data-testid="check-in-code">{code}</Typography.Text>
      <Typography.Text type="secondary">{t('activities.qr.validUntil', { time: shortTime(expiresAt, i18n.language) })}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 360, textAlign: 'center' }}>{t('activities.qr.hint')}</Typography.Paragraph>
      <Button onClick={() => query.refetch()} loading={query.isFetching}>{t('activities.qr.refresh')}</Button>
    </Space>
  );
}
