import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatTime } from '../../../common/format';
import { useOrgVocabulary } from '../organizations/useOrgVocabulary';
import type { FilingListItem } from './filingTypes';

/** Filing cases as rows; a click opens the case. */
export function FilingsTable({ testId, tableProps }: { testId: string; tableProps: Record<string, unknown> }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const words = useOrgVocabulary();
  const time = (v: string | null) => formatTime(v, i18n.language);
  return (
    <Table<FilingListItem>
      rowKey="id"
      data-testid={testId}
      {...tableProps}
      scroll={{ x: 1000 }}
      onRow={(f) => ({ onClick: () => navigate(`/filings/${f.id}`), style: { cursor: 'pointer' } })}
      columns={[
        { title: t('filings.fields.name'), dataIndex: 'organizationName' },
        { title: t('filings.kind'), dataIndex: 'kindLabel', width: 100, render: (_, f) => words.label(f.kindLabel) },
        { title: t('filings.state'), dataIndex: 'stateLabel', width: 120, render: (_, f) => <Tag color={f.todo ? 'orange' : 'blue'}>{words.label(f.stateLabel)}</Tag> },
        { title: t('filings.fields.category'), dataIndex: 'category', width: 130, render: (c: string) => words.categoryLabel(c) },
        { title: t('orgs.memberCount'), dataIndex: 'memberCount', width: 90 },
        { title: t('filings.submittedAt'), dataIndex: 'submittedAt', width: 170, render: time },
        { title: t('filings.noticeEndsAt'), dataIndex: 'noticeEndsAt', width: 170, render: time },
        { title: t('filings.updatedAt'), dataIndex: 'updatedAt', width: 170, render: time },
      ]}
    />
  );
}
