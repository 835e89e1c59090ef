import { Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../common/api';
import { formatTime } from '../../common/format';

type Label = { zh: string; en: string };
type Transition = {
  id: string; action: string; actionLabel: Label; toState: string; toStateLabel: Label; actorName: string | null; actorRole: string | null;
  opinion: string | null; fieldsToFix: string[]; attachmentIds: string[]; at: string;
};

/**
 * The history of any case (filing, change, report…): who did what, when, with which opinion,
 * the fields sent back for amendment, and the attachments. Cases pass a label for each field name.
 */
export function CaseTimeline({ caseType, caseId, fieldLabels = {} }: { caseType: string; caseId: string; fieldLabels?: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const query = useQuery({
    queryKey: ['timeline', caseType, caseId],
    queryFn: () => api.get<{ items: Transition[] }>(`/api/cases/${caseType}/${caseId}/timeline`),
  });
  return (
    <Timeline
      data-testid="case-timeline"
      pending={query.isLoading ? t('common.loading') : undefined}
      items={(query.data?.items ?? []).map((step) => ({
        key: step.id,
        children: (
          <>
            <Typography.Text strong>{en ? step.actionLabel.en : step.actionLabel.zh}</Typography.Text>
            {' → '}<Tag>{en ? step.toStateLabel.en : step.toStateLabel.zh}</Tag>
            <div>
              <Typography.Text type="secondary">
                {formatTime(step.at, i18n.language)} · {step.actorName}{step.actorRole ? `（${t(`roles.${step.actorRole}`, { defaultValue: step.actorRole })}）` : ''}
              </Typography.Text>
            </div>
            {step.opinion && <div>{step.opinion}</div>}
            {step.fieldsToFix.length > 0 && <div>{step.fieldsToFix.map((f) => <Tag color="orange" key={f}>{fieldLabels[f] ?? f}</Tag>)}</div>}
            {step.attachmentIds.map((id, i) => <a key={id} href={`/api/attachments/${id}`} style={{ marginRight: 8 }}>{t('common.download')} {i + 1}</a>)}
          </>
        ),
      }))}
    />
  );
}
