import { useState } from 'react';
import { Button, Space } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { FieldGroups } from './filingFields';
import { filingsKey, wizardKinds, type FilingAction, type FilingDetail } from './filingTypes';
import { FilingActionModal } from './FilingActionModal';
import { TerminationModal } from '../organizations/TerminationModal';

const looks: Record<string, { type?: 'primary'; danger?: boolean }> = {
  submit: { type: 'primary' }, forward: { type: 'primary' }, approve: { type: 'primary' }, approve_without_notice: { type: 'primary' },
  publish: { type: 'primary' }, reject: { danger: true }, withdraw: { danger: true },
};

/**
 * The buttons for the steps this user may take now, as the server computed them (with their labels
 * and whether an opinion is required). A filing's or a change's submission is the wizard's last step,
 * so its draft offers "continue" instead; a termination is submitted here as it stands, and while in
 * draft (returned for amendment) its meeting record can be corrected in the form it was applied with.
 */
export function FilingActions({ filing, groups }: { filing: FilingDetail; groups: FieldGroups }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [taking, setTaking] = useState<FilingAction | null>(null);
  const [editingMeeting, setEditingMeeting] = useState(false);
  const inWizard = wizardKinds.includes(filing.kind);
  const canSubmit = filing.actions.some((a) => a.action === 'submit');
  const mayEditMeeting = filing.kind === 'termination' && filing.state === 'draft' && canSubmit;
  return (
    <Space wrap>
      {inWizard && canSubmit && (
        <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/filings/${filing.id}/edit`)} data-testid="continue-filing">
          {t('filings.continue')}
        </Button>
      )}
      {mayEditMeeting && (
        <Button icon={<EditOutlined />} onClick={() => setEditingMeeting(true)} data-testid="edit-meeting">{t('lifecycle.editMeeting')}</Button>
      )}
      {filing.actions.filter((a) => !(inWizard && a.action === 'submit')).map((a) => (
        <Button key={a.action} {...looks[a.action]} onClick={() => setTaking(a)} data-testid={`action-${a.action}`}>
          {i18n.language === 'en' ? a.label.en : a.label.zh}
        </Button>
      ))}
      {editingMeeting && (
        <TerminationModal
          filingId={filing.id}
          initial={filing.details?.meeting}
          memberCount={filing.organization.memberCount}
          onClose={() => setEditingMeeting(false)}
          onSaved={async () => {
            setEditingMeeting(false);
            await queryClient.invalidateQueries({ queryKey: [filingsKey] });
          }}
        />
      )}
      {taking && <FilingActionModal filingId={filing.id} action={taking} groups={groups} onClose={() => setTaking(null)} />}
    </Space>
  );
}
