import { Alert, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../common/api';
import { formatTime } from '../../../../common/format';
import { stepOfPath, type WizardStep } from '../filingFields';
import type { TimelineEntry } from '../filingTypes';

/**
 * When the filing came back for amendment (退回补正), the reviewer's opinion and the fields to fix,
 * from the latest timeline entry; each field opens its step.
 */
export function ReturnedNotice({ caseType, filingId, labels, onGoTo }: {
  caseType: string; filingId: string; labels: Record<string, string>; onGoTo(step: WizardStep): void;
}) {
  const { t, i18n } = useTranslation();
  const timeline = useQuery({
    queryKey: ['timeline', caseType, filingId],
    queryFn: () => api.get<{ items: TimelineEntry[] }>(`/api/cases/${caseType}/${filingId}/timeline`),
  });
  const latest = timeline.data?.items.at(-1);
  if (!latest || latest.action !== 'return') return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="returned-notice"
      message={t('filings.wizard.returned', { who: latest.actorName ?? '', at: formatTime(latest.at, i18n.language) })}
      description={(
        <Space direction="vertical">
          {latest.opinion && <Typography.Text>{t('filings.opinion')}：{latest.opinion}</Typography.Text>}
          {latest.fieldsToFix.length > 0 && (
            <div>
              {t('filings.fieldsToFix')}：
              {latest.fieldsToFix.map((path) => {
                const step = stepOfPath(path);
                return (
                  <Tag key={path} color="orange" style={{ cursor: step ? 'pointer' : undefined }} onClick={() => step && onGoTo(step)}>
                    {labels[path] ?? path}
                  </Tag>
                );
              })}
            </div>
          )}
        </Space>
      )}
    />
  );
}
