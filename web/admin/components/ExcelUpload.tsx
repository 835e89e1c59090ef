import { useState } from 'react';
import { App, Button, Progress, Space, Table, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../common/api';
import { ApiProblem } from '../../common/problem';
import { useProblem } from './useProblem';

/**
 * An all-or-nothing Excel import: the template, the upload with its progress, and when the server
 * refuses the file (nothing is imported then), every row's problem in a table. `testId` names the
 * upload button (`<testId>-upload`) and the problem table (`<testId>-import-errors`).
 */
export function ExcelUpload<R>({ templateUrl, templateLabel, uploadUrl, uploadLabel, failedLabel, testId, disabled, primary, onUploaded }: {
  templateUrl: string; templateLabel: string; uploadUrl: string; uploadLabel: string; failedLabel: string; testId: string;
  disabled?: boolean; primary?: boolean; onUploaded(answer: R): void | Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const [percent, setPercent] = useState<number | null>(null);
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);

  const upload = async (file: File) => {
    setErrors([]);
    setPercent(0);
    try {
      await onUploaded(await api.upload<R>(uploadUrl, file, setPercent));
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
        <Button icon={<DownloadOutlined />} href={templateUrl}>{templateLabel}</Button>
        <Upload accept=".xlsx" showUploadList={false} beforeUpload={upload} disabled={disabled}>
          <Button type={primary ? 'primary' : 'default'} icon={<UploadOutlined />} loading={percent !== null} disabled={disabled} data-testid={`${testId}-upload`}>{uploadLabel}</Button>
        </Upload>
        {percent !== null && <Progress percent={percent} size="small" style={{ width: 160 }} />}
      </Space>
      {errors.length > 0 && (
        <Table
          style={{ marginTop: 12 }}
          size="small"
          data-testid={`${testId}-import-errors`}
          rowKey={(_, i) => String(i)}
          title={() => failedLabel}
          dataSource={errors}
          pagination={{ pageSize: 10 }}
          columns={[{ title: t('common.importWhere'), dataIndex: 'path', width: 200 }, { title: t('common.importProblem'), dataIndex: 'message' }]}
        />
      )}
    </div>
  );
}
