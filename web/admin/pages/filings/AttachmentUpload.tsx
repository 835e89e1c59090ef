import { useState } from 'react';
import { Button, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';

type Uploaded = { id: string; fileName: string };

/** Files attached to a step (POST /api/attachments, with progress); the form field holds their ids. */
export function AttachmentUpload({ value = [], onChange }: { value?: string[]; onChange?: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const showProblem = useProblem();
  const [files, setFiles] = useState<UploadFile[]>([]);
  return (
    <Upload
      fileList={files}
      customRequest={async ({ file, onProgress, onSuccess, onError }) => {
        try {
          const uploaded = await api.upload<Uploaded>('/api/attachments', file as File, (percent) => onProgress?.({ percent }));
          onSuccess?.(uploaded);
          onChange?.([...value, uploaded.id]);
        } catch (error) {
          showProblem(error);
          onError?.(error as Error);
        }
      }}
      onChange={({ fileList }) => setFiles(fileList)}
      onRemove={(file) => onChange?.(value.filter((id) => id !== (file.response as Uploaded | undefined)?.id))}
    >
      <Button icon={<UploadOutlined />}>{t('filings.attach')}</Button>
    </Upload>
  );
}
