import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Candidate } from './candidateTypes';

/** How an entry is listed: registration candidate (拟登记), demonstration point (培育示范点), or both. */
export function KindTags({ candidate }: { candidate: Pick<Candidate, 'isCandidate' | 'isDemonstration'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      {candidate.isCandidate && <Tag color="geekblue">{t('regLedger.candidate')}</Tag>}
      {candidate.isDemonstration && <Tag color="gold">{t('regLedger.demonstration')}</Tag>}
    </Space>
  );
}
