import { useState } from 'react';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../../session';
import { RecordCheckModal } from './RecordCheckModal';
import { IssueNoticeModal } from './IssueNoticeModal';
import type { Check } from './spotCheckTypes';

/** What may be done with a check: record its result while planned; issue a notice from it once recorded. */
export function CheckActions({ check, onChanged }: { check: Check; onChanged(): void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [recording, setRecording] = useState(false);
  const [issuing, setIssuing] = useState(false);
  return (
    <Space>
      {check.state === 'planned' && can('spotCheck.record') && (
        <Button size="small" type="primary" onClick={() => setRecording(true)} data-testid={`record-${check.organizationName}`}>{t('spotChecks.record')}</Button>
      )}
      {check.state === 'completed' && check.conclusion !== 'compliant' && can('supervisionNotice.issue') && (
        <Button size="small" onClick={() => setIssuing(true)} data-testid={`issue-${check.organizationName}`}>{t('spotChecks.issueFromCheck')}</Button>
      )}
      {recording && <RecordCheckModal check={check} onClose={() => setRecording(false)} onSaved={() => { setRecording(false); onChanged(); }} />}
      {issuing && (
        <IssueNoticeModal
          from={{ organizationId: check.organizationId, organizationName: check.organizationName, spotCheckId: check.id, problems: check.findings ?? '' }}
          onClose={() => setIssuing(false)}
          onSaved={(notice) => { setIssuing(false); navigate(`/supervision-notices/${notice.id}`); }}
        />
      )}
    </Space>
  );
}
