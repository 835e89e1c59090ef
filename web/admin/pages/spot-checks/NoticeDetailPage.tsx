import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Tag } from 'antd';
import { ArrowLeftOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../../common/api';
import { formatTime } from '../../../common/format';
import { ApiProblem } from '../../../common/problem';
import { useSession } from '../../session';
import { useProblem } from '../../components/useProblem';
import { AttachmentUpload } from '../filings/AttachmentUpload';
import { noticesKey, noticeStateColors, type Notice } from './spotCheckTypes';
import { ListOverdueRectificationButton } from '../credit-lists/ListOverdueRectificationButton';
import { Dialog } from '../../components/Dialog';

/** One notice, letter or talk: its paper, and for a rectification the leader's report and the issuer's review. */
export default function NoticeDetailPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery({ queryKey: [noticesKey, id], queryFn: () => api.get<Notice>(`/api/supervision-notices/${id}`) });
  const back = <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/supervision-notices')} aria-label={t('spotChecks.back')} />;
  if (query.error) {
    return <Card title={back}><Alert type="error" showIcon message={query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)} /></Card>;
  }
  const n = query.data;
  const open = n?.kind === 'rectification' && n.state !== 'fixed';
  const talk = n?.kind === 'talk';
  return (
    <Card loading={query.isLoading} title={<>{back} {n && t(`spotChecks.notices.kinds.${n.kind}`)}</>}
      extra={n && <Button icon={<FilePdfOutlined />} href={`/api/supervision-notices/${n.id}/notice.pdf`} target="_blank">{t('spotChecks.notices.pdf')}</Button>}>
      {n && (
        <>
          <Descriptions size="small" bordered column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('spotChecks.notices.number')}><span data-testid="notice-number">{n.number}</span></Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.notices.state')}>
              <Space size={4}>
                <Tag color={noticeStateColors[n.state]} data-testid="notice-state">{t(`spotChecks.notices.states.${n.state}`)}</Tag>
                {n.awaitingReview && <Tag color="purple">{t('spotChecks.notices.awaitingReview')}</Tag>}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.organization')}>{n.organizationName}</Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.notices.issuer')}>{n.issuerName}（{n.issuedByName}）</Descriptions.Item>
            <Descriptions.Item label={t('spotChecks.notices.issuedAt')}>{formatTime(n.issuedAt)}</Descriptions.Item>
            {n.deadline && <Descriptions.Item label={t('spotChecks.notices.deadline')}>{n.deadline}</Descriptions.Item>}
            {talk && (
              <>
                <Descriptions.Item label={t('spotChecks.notices.heldAt')}>{formatTime(n.heldAt)}</Descriptions.Item>
                <Descriptions.Item label={t('spotChecks.notices.place')}>{n.place}</Descriptions.Item>
                <Descriptions.Item label={t('spotChecks.notices.participants')} span={2}>{n.participants}</Descriptions.Item>
              </>
            )}
            <Descriptions.Item label={t(talk ? 'spotChecks.notices.talkContent' : 'spotChecks.notices.problems')} span={2}>{n.problems}</Descriptions.Item>
            <Descriptions.Item label={t(talk ? 'spotChecks.notices.talkAgreed' : 'spotChecks.notices.requirements')} span={2}>{n.requirements}</Descriptions.Item>
            {n.rectificationReport && (
              <Descriptions.Item label={t('spotChecks.notices.report')} span={2}>
                <div data-testid="notice-report">{n.rectificationReport}</div>
                {n.reportAttachmentId && <a href={`/api/attachments/${n.reportAttachmentId}`} target="_blank" rel="noreferrer">{t('spotChecks.notices.reportAttachment')}</a>}
              </Descriptions.Item>
            )}
            {n.reportedAt && <Descriptions.Item label={t('spotChecks.notices.reportedAt')}>{formatTime(n.reportedAt)}</Descriptions.Item>}
            {n.fixedAt && <Descriptions.Item label={t('spotChecks.notices.fixedAt')}>{formatTime(n.fixedAt)}</Descriptions.Item>}
            {n.reviewNote && <Descriptions.Item label={t('spotChecks.notices.reviewNote')} span={2}>{n.reviewNote}</Descriptions.Item>}
          </Descriptions>
          {open && can('rectification.report') && (n.awaitingReview
            ? <Alert type="info" showIcon message={t('spotChecks.notices.waiting')} />
            : <ReportForm notice={n} onSaved={() => query.refetch()} />)}
          {open && n.awaitingReview && can('rectification.accept') && <ReviewButtons notice={n} onSaved={() => query.refetch()} />}
          {n.state === 'overdue' && can('creditList.enter') && <div style={{ marginTop: 16 }}><ListOverdueRectificationButton notice={n} /></div>}
        </>
      )}
    </Card>
  );
}

function ReportForm({ notice, onSaved }: { notice: Notice; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const submit = async (values: { report: string; attachmentIds?: string[] }) => {
    try {
      await api.post(`/api/supervision-notices/${notice.id}/report`, { report: values.report, attachmentId: values.attachmentIds?.at(-1) });
      onSaved();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Card size="small" title={t('spotChecks.notices.reportTitle')}>
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('spotChecks.notices.reportHint')} />
      <Form form={form} layout="vertical" name="report-rectification" onFinish={submit} initialValues={{ report: notice.rectificationReport ?? '' }}>
        <Form.Item name="report" label={t('spotChecks.notices.report')} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea autoSize={{ minRows: 4 }} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item name="attachmentIds" label={t('spotChecks.notices.reportAttachment')}><AttachmentUpload /></Form.Item>
        <Button type="primary" htmlType="submit" data-testid="submit-report">{t('spotChecks.notices.submitReport')}</Button>
      </Form>
    </Card>
  );
}

function ReviewButtons({ notice, onSaved }: { notice: Notice; onSaved(): void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const showProblem = useProblem();
  const [rejecting, setRejecting] = useState(false);
  const [form] = Form.useForm();
  const review = async (body: { decision: 'accept' | 'reject'; note?: string }) => {
    try {
      await api.post(`/api/supervision-notices/${notice.id}/review`, body);
      setRejecting(false);
      onSaved();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Space>
      <Button type="primary" data-testid="accept-rectification"
        onClick={() => modal.confirm({ title: t('spotChecks.notices.accept'), content: notice.rectificationReport, onOk: () => review({ decision: 'accept' }) })}>
        {t('spotChecks.notices.accept')}
      </Button>
      <Button danger onClick={() => setRejecting(true)} data-testid="reject-rectification">{t('spotChecks.notices.reject')}</Button>
      {rejecting && (
        <Dialog title={t('spotChecks.notices.rejectTitle')} onCancel={() => setRejecting(false)} cancelText={t('common.cancel')}
          onOk={async () => review({ decision: 'reject', note: (await form.validateFields()).note })}>
          <Form form={form} layout="vertical" name="reject-rectification">
            <Form.Item name="note" label={t('spotChecks.notices.rejectReason')} rules={[{ required: true, whitespace: true, min: 2 }]}><Input.TextArea autoSize={{ minRows: 3 }} /></Form.Item>
          </Form>
        </Dialog>
      )}
    </Space>
  );
}
