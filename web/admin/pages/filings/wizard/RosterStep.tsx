import { Alert, Button, Card, Space, Statistic, Tag, type FormInstance } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { RosterTable } from '../../organizations/RosterTable';
import type { RosterMemberView } from '../../organizations/organizationTypes';
import type { FieldProblem } from './fieldErrors';
import { RosterImport } from './RosterImport';
import { RosterEditor } from './RosterEditor';

type Props = {
  filingId: string; roster: RosterMemberView[]; minMembers: number; problems: FieldProblem[];
  editorForm: FormInstance; editing: boolean; onEditing(editing: boolean): void; onSaveEditor(): void; onChanged(): void;
};

/** Step 3, the roster: how many members against the minimum, Excel import, or hand entry. */
export function RosterStep({ filingId, roster, minMembers, problems, editorForm, editing, onEditing, onSaveEditor, onChanged }: Props) {
  const { t } = useTranslation();
  const short = minMembers - roster.length;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space size={32} align="center">
        <Statistic title={t('roster.count')} value={roster.length} suffix={`/ ${t('roster.minimum', { min: minMembers })}`} data-testid="roster-count" />
        {short > 0 ? <Tag color="orange">{t('roster.short', { count: short })}</Tag> : <Tag color="green">{t('roster.enough')}</Tag>}
      </Space>
      {problems.filter((p) => p.path === 'roster').map((p) => <Alert key={p.message} type="error" showIcon message={p.message} />)}
      <Card size="small" title={t('roster.importTitle')}>
        <RosterImport filingId={filingId} onImported={() => { onEditing(false); onChanged(); }} />
      </Card>
      <Card
        size="small"
        title={editing ? t('roster.handEntry') : t('roster.saved')}
        extra={editing
          ? (
            <Space>
              <Button onClick={() => onEditing(false)}>{t('common.cancel')}</Button>
              <Button type="primary" onClick={onSaveEditor} data-testid="roster-save">{t('roster.saveRoster')}</Button>
            </Space>
          )
          : <Button icon={<EditOutlined />} onClick={() => onEditing(true)}>{t('roster.handEntry')}</Button>}
      >
        {editing
          ? (
            <>
              {roster.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('roster.replaceWarning', { count: roster.length })} />}
              <RosterEditor form={editorForm} />
            </>
          )
          : <RosterTable members={roster} />}
      </Card>
    </Space>
  );
}
