import { useState } from 'react';
import { Button, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../common/format';
import { useSession } from '../../session';
import type { FieldGroups } from './filingFields';
import type { Objection } from './filingTypes';
import { AnswerObjectionModal } from './AnswerObjectionModal';

const colors = { open: 'orange', dismissed: 'default', upheld: 'red' } as const;

/** Objections raised during the public notice, their answers, and the street's answer button. */
export function ObjectionsList({ filingId, kind, objections, groups }: { filingId: string; kind: string; objections: Objection[]; groups: FieldGroups }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const [answering, setAnswering] = useState<Objection | null>(null);
  return (
    <>
      <List
        data-testid="objections"
        dataSource={objections}
        locale={{ emptyText: t('filings.objections.none') }}
        renderItem={(o) => (
          <List.Item
            actions={o.status === 'open' && can('filing.answerObjection')
              ? [<Button key="answer" type="primary" size="small" onClick={() => setAnswering(o)}>{t('filings.objections.answer')}</Button>]
              : []}
          >
            <List.Item.Meta
              title={(
                <Space>
                  <Tag color={colors[o.status]}>{t(`filings.objections.statuses.${o.status}`)}</Tag>
                  <Typography.Text type="secondary">{formatTime(o.createdAt, i18n.language)}</Typography.Text>
                </Space>
              )}
              description={(
                <>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{o.reason}</div>
                  {o.answer && <div>{t('filings.objections.answerLabel')}：{o.answer}（{formatTime(o.answeredAt, i18n.language)}）</div>}
                </>
              )}
            />
          </List.Item>
        )}
      />
      {answering && <AnswerObjectionModal filingId={filingId} kind={kind} objection={answering} groups={groups} onClose={() => setAnswering(null)} />}
    </>
  );
}
