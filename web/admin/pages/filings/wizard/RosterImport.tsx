import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExcelUpload } from '../../../components/ExcelUpload';

/** 成员花名册 from Excel (all or nothing, every row's problem shown). */
export function RosterImport({ filingId, onImported }: { filingId: string; onImported(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <ExcelUpload<{ members: number }>
      templateUrl="/api/filings/roster-template" templateLabel={t('roster.template')}
      uploadUrl={`/api/filings/${filingId}/roster/import`} uploadLabel={t('roster.import')} failedLabel={t('roster.importFailed')} testId="roster"
      onUploaded={({ members }) => { message.success(t('roster.imported', { count: members })); onImported(); }}
    />
  );
}
