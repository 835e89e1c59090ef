import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOrgVocabulary } from '../organizations/useOrgVocabulary';
import type { ChangeItem } from './filingTypes';

/** 变更内容: what a change alters, item by item, against the filed version (as the server computed it). */
export function ChangesTable({ changes }: { changes: ChangeItem[] }) {
  const { t } = useTranslation();
  const words = useOrgVocabulary();
  // Categories come as dictionary codes: shown with their names.
  const cell = (value: string | null, c: ChangeItem) => (value === null
    ? <Typography.Text type="secondary">—</Typography.Text>
    : <span style={{ whiteSpace: 'pre-wrap' }}>{c.item === 'category' ? words.categoryLabel(value) : value}</span>);
  return (
    <Table<ChangeItem>
      rowKey="item"
      size="small"
      pagination={false}
      data-testid="change-items"
      dataSource={changes}
      locale={{ emptyText: t('lifecycle.noChanges') }}
      columns={[
        { title: t('lifecycle.item'), dataIndex: 'label', width: 180, render: (_, c) => <Typography.Text strong>{words.label(c.label)}</Typography.Text> },
        { title: t('lifecycle.before'), dataIndex: 'before', render: cell },
        { title: t('lifecycle.after'), dataIndex: 'after', render: cell },
      ]}
    />
  );
}
