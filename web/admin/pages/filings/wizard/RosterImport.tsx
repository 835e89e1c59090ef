import { useState } from 'react';
import { App, Button, Progress, Space, Table, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../common/api';
import { ApiProblem } from '../../../../common/problem';
import { useProblem } from '../../../components/useProblem';

/**
 * 成员花名册 from Excel: the template, the upload with its progress, and when the server refuses the
 * file (nothing is imported then), every row's problem in a table.
 */
export function RosterImport({ filingId, onImported }: { filingId: string; onImported(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const [percent, setPercent] = useState<number | null>(null);
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);

  const upload = async (file: File) => {
    setErrors([]);
    setPercent(0);
    try {
      const { members } = await api.upload<{ members: number }>(`/api/filings/${filingId}/roster/import`, file, setPercent);
      message.success(t('roster.imported', { count: members }));
      onImported();
    } catch (error) {
      if (error instanceof ApiProblem && error.fieldErrors.length) {
        setErrors(error.fieldErrors);
        message.error(error.problem.title);
      } else showProblem(error);
    } finally {
      setPercent(null);
    }
    return false;
  };

  return (
    <div>
      <Space wrap>
        <Button icon={<DownloadOutlined />} href="/api/filings/roster-template">{t('roster.template')}</Button>
        <Upload accept=".xlsx" showUploadList={false} beforeUpload={upload}>
          <Button icon={<UploadOutlined />} loading={percent !== null} data-testid="roster-upload">{t('roster.import')}</Button>
        </Upload>
        {percent !== null && <Progress percent={percent} size="small" style={{ width: 160 }} />}
      </Space>
      {errors.length > 0 && (
        <Table
          style={{ marginTop: 12 }}
          size="small"
          data-testid="roster-import-errors"
          rowKey={(_, i) => String(i)}
          title={() => t('roster.importFailed')}
          dataSource={errors}
          pagination={{ pageSize: 10 }}
          columns={[{ title: t('roster.errorRow'), dataIndex: 'path', width: 200 }, { title: t('roster.errorProblem'), dataIndex: 'message' }]}
        />
      )}
    </div>
  );
}
