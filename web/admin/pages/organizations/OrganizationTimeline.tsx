import { Empty, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type ListResult } from '../../../common/api';
import { formatTime } from '../../../common/format';

type OrganizationEvent = { id: string; kind: string; details: Record<string, string | number | boolean | null>; occurredAt: string; actorName: string | null };

/**
 * The organization's supervision record (监管记录): each event's kind `<namespace>.<what>` reads as
 * `<namespace>.events.<what>`, with its details; a detail value the namespace names under
 * `eventValues.<key>` (a list, an exit) is shown in words.
 */
export function OrganizationTimeline({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['organization-timeline', organizationId],
    queryFn: () => api.get<ListResult<OrganizationEvent>>(`/api/organizations/${organizationId}/timeline?pageSize=200`),
  });
  const line = (event: OrganizationEvent) => {
    const [namespace, what] = event.kind.split('.');
    const values = Object.fromEntries(Object.entries(event.details).map(([key, value]) => {
      const word = `${namespace}.eventValues.${key}.${String(value)}`;
      return [key, i18n.exists(word) ? t(word) : value];
    }));
    return t(`${namespace}.events.${what}`, { ...values, defaultValue: event.kind });
  };
  if (query.data && !query.data.items.length) return <Empty description={t('orgTimeline.empty')} />;
  return (
    <Timeline
      data-testid="organization-timeline"
      pending={query.isLoading ? t('common.loading') : undefined}
      items={(query.data?.items ?? []).map((event) => ({
        key: event.id,
        children: (
          <>
            <Typography.Text>{line(event)}</Typography.Text>
            <div><Typography.Text type="secondary">{formatTime(event.occurredAt)} · {event.actorName ?? t('orgTimeline.platform')}</Typography.Text></div>
          </>
        ),
      }))}
    />
  );
}
