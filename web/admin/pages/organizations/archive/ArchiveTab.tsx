import { useState } from 'react';
import { App, Button, Card, Collapse, DatePicker, Empty, Form, Input, Progress, Select, Space, Spin, Table, Tag, Typography, Upload, type UploadFile } from 'antd';
import { FileOutlined, FilePdfOutlined, FileZipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../../../../common/api';
import { ApiProblem } from '../../../../common/problem';
import { useProblem } from '../../../components/useProblem';

type Label = { zh: string; en: string };
type ArchiveEntry = {
  id: string; docType: string; version: number; title: string; date: string | null; issuedBy: string | null;
  caseId: string | null; hasPdf: boolean; hasAttachment: boolean; fileName: string; createdAt: string;
};
type ArchiveView = {
  organization: { id: string; name: string };
  groups: { docType: string; label: Label; entries: ArchiveEntry[] }[];
  total: number;
  uploadTypes: { docType: string; label: Label }[];
};
type UploadValues = { docType: string; title: string; issuedBy: string; issuedOn: Dayjs; file: UploadFile[] };

const archiveKey = (organizationId: string) => ['archive', organizationId];

/**
 * 档案: an organization's archive by document type, every version newest first, each downloadable
 * (filed papers as PDFs, uploads as they were); the whole archive as one zip; and, for those who may,
 * a form to file a new paper. The street, the committee, the hub and the organization see the same entries.
 */
export function ArchiveTab({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const label = (l: Label) => (i18n.language === 'en' ? l.en : l.zh);
  const query = useQuery({ queryKey: archiveKey(organizationId), queryFn: () => api.get<ArchiveView>(`/api/organizations/${organizationId}/archive`) });
  if (query.isLoading) return <Spin />;
  if (!query.data) return <Empty description={query.error instanceof ApiProblem ? query.error.problem.title : t('archive.empty')} />;
  const archive = query.data;
  const base = `/api/organizations/${organizationId}/archive`;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="archive-tab">
      <Card
        size="small"
        title={t('archive.title')}
        extra={archive.total > 0 && (
          <Button icon={<FileZipOutlined />} href={`${base}.zip`} data-testid="archive-zip">{t('archive.downloadAll')}</Button>
        )}
      >
        {archive.groups.length === 0 ? <Empty description={t('archive.empty')} /> : (
          <Collapse
            defaultActiveKey={archive.groups.map((g) => g.docType)}
            items={archive.groups.map((group) => ({
              key: group.docType,
              label: <Space><Typography.Text strong>{label(group.label)}</Typography.Text><Tag>{t('archive.count', { count: group.entries.length })}</Tag></Space>,
              children: (
                <Table<ArchiveEntry>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={group.entries}
                  data-testid={`archive-${group.docType}`}
                  columns={[
                    {
                      title: t('archive.version'), dataIndex: 'version', width: 140,
                      render: (v: number, _, i) => <Space>{t('archive.versionN', { version: v })}{i === 0 && <Tag color="green">{t('archive.latest')}</Tag>}</Space>,
                    },
                    { title: t('archive.docTitle'), dataIndex: 'title' },
                    { title: t('archive.date'), dataIndex: 'date', width: 120 },
                    { title: t('archive.issuedBy'), dataIndex: 'issuedBy' },
                    {
                      title: t('archive.source'), width: 140,
                      render: (_, e) => (e.caseId ? <Link to={`/filings/${e.caseId}`}>{t('archive.fromCase')}</Link> : t('archive.uploaded')),
                    },
                    {
                      title: t('common.download'), width: 110,
                      render: (_, e) => (e.hasPdf || e.hasAttachment
                        ? <a href={`${base}/${e.id}/file`} download={e.fileName}>{e.hasPdf ? <FilePdfOutlined /> : <FileOutlined />} {t('common.download')}</a>
                        : <Typography.Text type="secondary">{t('archive.noFile')}</Typography.Text>),
                    },
                  ]}
                />
              ),
            }))}
          />
        )}
      </Card>
      {archive.uploadTypes.length > 0 && <ArchiveUploadForm organizationId={organizationId} types={archive.uploadTypes} />}
    </Space>
  );
}

/** Files a paper: the file goes up first (with progress), then the entry names its type, title, issuer and date. */
function ArchiveUploadForm({ organizationId, types }: { organizationId: string; types: ArchiveView['uploadTypes'] }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UploadValues>();
  const [percent, setPercent] = useState<number | null>(null);
  const onlyDisclosures = types.length === 1 && types[0].docType === 'disclosure';

  const submit = async (values: UploadValues) => {
    setPercent(0);
    try {
      let attachment: { id: string };
      try {
        attachment = await api.upload<{ id: string }>('/api/attachments', values.file[0].originFileObj as File, setPercent);
      } catch (error) {
        if (error instanceof ApiProblem) form.setFields([{ name: 'file', errors: [error.problem.title] }]);
        throw error;
      }
      await api.post(`/api/organizations/${organizationId}/archive`, {
        docType: values.docType, title: values.title, issuedBy: values.issuedBy,
        issuedOn: values.issuedOn.format('YYYY-MM-DD'), attachmentId: attachment.id,
      });
      message.success(t('archive.saved'));
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: archiveKey(organizationId) });
    } catch (error) {
      // The form holds the file, the server names the attachment it became.
      const onFile = (e: { path: string; message: string }) => (e.path === 'attachmentId' ? { ...e, path: 'file' } : e);
      showProblem(error instanceof ApiProblem ? new ApiProblem({ ...error.problem, errors: error.problem.errors.map(onFile) }) : error, form);
    } finally {
      setPercent(null);
    }
  };

  const required = (field: string) => [{ required: true, message: t('archive.required', { field }) }];
  return (
    <Card size="small" title={t('archive.uploadTitle')} data-testid="archive-upload">
      {onlyDisclosures && <Typography.Paragraph type="secondary">{t('archive.orgHint')}</Typography.Paragraph>}
      <Form<UploadValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ docType: types[0].docType, issuedOn: dayjs(), file: [] }}
        style={{ maxWidth: 560 }}
      >
        <Form.Item name="docType" label={t('archive.docType')} rules={required(t('archive.docType'))}>
          <Select options={types.map((type) => ({ value: type.docType, label: i18n.language === 'en' ? type.label.en : type.label.zh }))} />
        </Form.Item>
        <Form.Item name="title" label={t('archive.docTitle')} rules={[...required(t('archive.docTitle')), { min: 2 }, { max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="issuedBy" label={t('archive.issuedBy')} rules={[...required(t('archive.issuedBy')), { min: 2 }, { max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('archive.date')} rules={required(t('archive.date'))}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          name="file"
          label={t('archive.file')}
          extra={t('archive.fileHint')}
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
          rules={[{ validator: (_, files: UploadFile[]) => (files?.length ? Promise.resolve() : Promise.reject(new Error(t('archive.fileRequired')))) }]}
        >
          <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.jpg,.jpeg,.png,.xlsx,.docx">
            <Button icon={<UploadOutlined />}>{t('archive.chooseFile')}</Button>
          </Upload>
        </Form.Item>
        {percent !== null && <Progress percent={percent} size="small" format={(p) => t('archive.uploading', { percent: p })} />}
        <Button type="primary" htmlType="submit" loading={percent !== null} data-testid="archive-submit">{t('archive.submit')}</Button>
      </Form>
    </Card>
  );
}
