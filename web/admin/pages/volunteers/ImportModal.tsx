import { useState } from 'react';
import { App, Button, Form, Modal, Progress, Select, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, listUrl } from '../../../common/api';
import { ApiProblem } from '../../../common/problem';
import { useSession } from '../../session';
import { useProblem } from '../../components/useProblem';
import { useTeamOptions } from './useVolunteerVocabulary';

/**
 * Excel import: the template, an optional team (a leader's required), the upload with its progress,
 * and when the server refuses the file (nothing is imported then), every row's problem in a table.
 */
export function ImportModal({ onClose, onImported }: { onClose(): void; onImported(): Promise<void> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useSession();
  const showProblem = useProblem();
  const teamOptions = useTeamOptions();
  const leader = session?.user.role === 'org';
  const [teamId, setTeamId] = useState<string | undefined>();
  const [percent, setPercent] = useState<number | null>(null);
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);

  const upload = async (file: File) => {
    setErrors([]);
    setPercent(0);
    try {
      const { imported } = await api.upload<{ imported: number }>(listUrl('/api/volunteers/import', { teamId }), file, setPercent);
      message.success(t('volunteers.imported', { count: imported }));
      await onImported();
      onClose();
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
    <Modal open title={t('volunteers.importTitle')} onCancel={onClose} footer={null} width={720}>
      <Typography.Paragraph type="secondary">{t('volunteers.importHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={leader ? t('volunteers.teamRequired') : t('volunteers.teamOptional')} required={leader}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} value={teamId} onChange={setTeamId} options={teamOptions} aria-label={t('volunteers.fields.teams')} />
        </Form.Item>
      </Form>
      <Space wrap>
        <Button icon={<DownloadOutlined />} href="/api/volunteers/import-template">{t('volunteers.template')}</Button>
        <Upload accept=".xlsx" showUploadList={false} beforeUpload={upload} disabled={leader && !teamId}>
          <Button type="primary" icon={<UploadOutlined />} loading={percent !== null} disabled={leader && !teamId} data-testid="volunteer-upload">{t('volunteers.upload')}</Button>
        </Upload>
        {percent !== null && <Progress percent={percent} size="small" style={{ width: 160 }} />}
      </Space>
      {errors.length > 0 && (
        <Table
          style={{ marginTop: 12 }}
          size="small"
          data-testid="volunteer-import-errors"
          rowKey={(_, i) => String(i)}
          title={() => t('volunteers.importFailed')}
          dataSource={errors}
          pagination={{ pageSize: 10 }}
          columns={[{ title: t('volunteers.errorRow'), dataIndex: 'path', width: 200 }, { title: t('volunteers.errorProblem'), dataIndex: 'message' }]}
        />
      )}
    </Modal>
  );
}
