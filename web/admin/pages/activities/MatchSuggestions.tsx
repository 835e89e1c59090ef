import { Button, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { activityTime } from '../../../common/activity-time';
import type { Reason, Suggestions } from './helpRequestTypes';

export type MatchTarget = { target: { activityId: string } | { volunteerId: string }; label: string };

/** 对接建议: activities and volunteers ranked by the server, each with its score and the reasons. */
export function MatchSuggestions({ requestId, onMatch }: { requestId: string; onMatch?: (target: MatchTarget) => void }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({ queryKey: ['help-request', requestId, 'suggestions'], queryFn: () => api.get<Suggestions>(`/api/help-requests/${requestId}/suggestions`) });
  if (!query.data) return <Spin />;
  const reasons = (items: Reason[]) => <Space size={[4, 4]} wrap>{items.map((r) => <Tag key={r.key}>{t(`activities.reasons.${r.key}`, r.params)}</Tag>)}</Space>;
  const matchButton = (target: MatchTarget) => onMatch && <Button size="small" type="primary" onClick={() => onMatch(target)}>{t('activities.help.match')}</Button>;
  return (
    <>
      <Typography.Text strong>{t('activities.help.activities')}</Typography.Text>
      <List
        data-testid="activity-suggestions"
        locale={{ emptyText: <Empty description={t('activities.help.noActivities')} /> }}
        dataSource={query.data.activities}
        renderItem={({ activity: a, score, reasons: why }) => (
          <List.Item actions={[matchButton({ target: { activityId: a.id }, label: a.title })]}>
            <List.Item.Meta
              title={<>{a.title} <Typography.Text type="secondary">· {t('activities.help.score')} {score}</Typography.Text></>}
              description={<>{activityTime(a.startsAt, a.endsAt, i18n.language)} · {a.placeName} · {a.hostName}<div>{reasons(why)}</div></>}
            />
          </List.Item>
        )}
      />
      <Typography.Text strong>{t('activities.help.volunteers')}</Typography.Text>
      <List
        data-testid="volunteer-suggestions"
        locale={{ emptyText: <Empty description={t('activities.help.noVolunteers')} /> }}
        dataSource={query.data.volunteers}
        renderItem={({ volunteer: v, score, reasons: why }) => (
          <List.Item actions={[matchButton({ target: { volunteerId: v.id }, label: v.name })]}>
            <List.Item.Meta
              title={<>{v.name} <Typography.Text type="secondary">· {v.placeName} · {t('activities.help.score')} {score}</Typography.Text></>}
              description={reasons(why)}
            />
          </List.Item>
        )}
      />
    </>
  );
}
