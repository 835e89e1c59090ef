import { useState } from 'react';
import { App, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { listUrl } from '../../../common/api';
import { useSession } from '../../session';
import { ExcelUpload } from '../../components/ExcelUpload';
import { useTeamOptions } from './useVolunteerVocabulary';
import { Dialog } from '../../components/Dialog';

/**
 * Excel import: the template, an optional team (a leader's required), the upload with its progress,
 * and when the server refuses the file (nothing is imported then), every row's problem in a table.
 */
export function ImportModal({ onClose, onImported }: { onClose(): void; onImported(): Promise<void> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useSession();
  const teamOptions = useTeamOptions();
  const leader = session?.user.role === 'org';
  const [teamId, setTeamId] = useState<string | undefined>();
  return (
    <Dialog title={t('volunteers.importTitle')} onCancel={onClose} footer={null} width={720}>
      <Typography.Paragraph type="secondary">{t('volunteers.importHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={leader ? t('volunteers.teamRequired') : t('volunteers.teamOptional')} required={leader}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} value={teamId} onChange={setTeamId} options={teamOptions} aria-label={t('volunteers.fields.teams')} />
        </Form.Item>
      </Form>
      <ExcelUpload<{ imported: number }>
        templateUrl="/api/volunteers/import-template" templateLabel={t('volunteers.template')}
        uploadUrl={listUrl('/api/volunteers/import', { teamId })} uploadLabel={t('volunteers.upload')} failedLabel={t('volunteers.importFailed')}
        testId="volunteer" primary disabled={leader && !teamId}
        onUploaded={async ({ imported }) => { message.success(t('volunteers.imported', { count: imported })); await onImported(); onClose(); }}
      />
    </Dialog>
  );
}
