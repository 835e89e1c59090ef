import { useState } from 'react';
import { Button, Space } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { FieldGroups } from './filingFields';
import { wizardKinds, type FilingAction, type FilingDetail } from './filingTypes';
import { FilingActionModal } from './FilingActionModal';

const looks: Record<string, { type?: 'primary'; danger?: boolean }> = {
  submit: { type: 'primary' }, forward: { type: 'primary' }, approve: { type: 'primary' }, approve_without_notice: { type: 'primary' },
  publish: { type: 'primary' }, reject: { danger: true }, withdraw: { danger: true },
};

/**
 * The buttons for the steps this user may take now, as the server computed them (with their labels
 * and whether an opinion is required). A filing's or a change's submission is the wizard's last step,
 * so its draft offers "continue" instead; a termination is submitted here as it stands.
 */
export function FilingActions({ filing, groups }: { filing: FilingDetail; groups: FieldGroups }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [taking, setTaking] = useState<FilingAction | null>(null);
  const inWizard = wizardKinds.includes(filing.kind);
  const canSubmit = filing.actions.some((a) => a.action === 'submit');
  return (
    <Space wrap>
      {inWizard && canSubmit && (
        <Button type="primary" icon={<EditOutlined />} onClick={() => navigate(`/filings/${filing.id}/edit`)} data-testid="continue-filing">
          {t('filings.continue')}
        </Button>
      )}
      {filing.actions.filter((a) => !(inWizard && a.action === 'submit')).map((a) => (
        <Button key={a.action} {...looks[a.action]} onClick={() => setTaking(a)} data-testid={`action-${a.action}`}>
          {i18n.language === 'en' ? a.label.en : a.label.zh}
        </Button>
      ))}
      {taking && <FilingActionModal filingId={filing.id} action={taking} groups={groups} onClose={() => setTaking(null)} />}
    </Space>
  );
}
