import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Form, Input, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../../common/api';
import { formatTime } from '../../../common/format';
import { ApiProblem } from '../../../common/problem';
import { useProblem } from '../../components/useProblem';
import { CaseTimeline } from '../../components/CaseTimeline';
import { annualReportKey, stateColors, type AnnualReport } from './annualReportTypes';
import { Dialog } from '../../components/Dialog';

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** One report: what it states, its review history, and the steps this user may take (edit, submit, accept, return). */
export function AnnualReportDrawer({ id, onClose }: { id: string; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: [annualReportKey, id], queryFn: () => api.get<AnnualReport>(`/api/annual-reports/${id}`) });
  const [acting, setActing] = useState<AnnualReport['actions'][number] | null>(null);
  const r = query.data;
  const changed = async () => {
    await queryClient.invalidateQueries({ queryKey: ['/api/annual-reports'] });
    await queryClient.invalidateQueries({ queryKey: ['timeline', 'annual_report', id] });
    await query.refetch();
  };
  const editable = r && r.actions.some((a) => a.action === 'submit');
  return (
    <Drawer open size={720} title={r ? `${r.organizationName} · ${t('annualReports.formTitle', { year: r.year })}` : t('annualReports.detail')} onClose={onClose} loading={query.isLoading}
      extra={r && (
        <Space>
          {editable && <Button onClick={() => navigate(`/annual-reports/write/${r.organizationId}/${r.year}`)}>{t('annualReports.edit')}</Button>}
          {r.actions.map((a) => (
            <Button key={a.action} type={a.action === 'return' ? 'default' : 'primary'} danger={a.action === 'return'} onClick={() => setActing(a)} data-testid={`annual-report-${a.action}`}>
              {t(`annualReports.${a.action}`)}
            </Button>
          ))}
        </Space>
      )}
    >
      {query.error && <Typography.Text type="danger">{query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)}</Typography.Text>}
      {r && (
        <>
          <Descriptions column={2} size="small" bordered style={{ marginBottom: 20 }} data-testid="annual-report-detail">
            <Descriptions.Item label={t('annualReports.organization')} span={2}><Link to={`/organizations/${r.organizationId}`}>{r.organizationName}</Link></Descriptions.Item>
            <Descriptions.Item label={t('annualReports.state')}><Tag color={stateColors[r.state]} data-testid="annual-report-state">{i18n.language === 'en' ? r.stateLabel.en : r.stateLabel.zh}</Tag></Descriptions.Item>
            <Descriptions.Item label={t('annualReports.dueOn')}>{r.dueOn}</Descriptions.Item>
            <Descriptions.Item label={t('annualReports.submittedAt')}>{formatTime(r.submittedAt)} {r.late && r.submittedAt && <Tag color="red">{t('annualReports.late')}</Tag>}</Descriptions.Item>
            <Descriptions.Item label={t('annualReports.reviewOpinion')}>{r.reviewNote}</Descriptions.Item>
            <Descriptions.Item label={t('annualReports.fields.activitiesCount')}>{r.content.activities.count}</Descriptions.Item>
            <Descriptions.Item label={t('annualReports.fields.participants')}>{r.content.activities.participants}</Descriptions.Item>
            <Descriptions.Item label={t('annualReports.fields.highlights')} span={2}>{r.content.activities.highlights}</Descriptions.Item>
            <Descriptions.Item label={t('annualReports.fields.income')}>{yuan(r.content.finances.incomeFen)}</Descriptions.Item>
            <Descriptions.Item label={t('annualReports.fields.expense')}>{yuan(r.content.finances.expenseFen)}</Descriptions.Item>
            <Descriptions.Item label={t('annualReports.fields.netAssets')}>{yuan(r.content.finances.netAssetsFen)}</Descriptions.Item>
            <Descriptions.Item label={t('annualReports.fields.sources')}>{r.content.finances.sources}</Descriptions.Item>
            <Descriptions.Item label={t('annualReports.fields.memberCount')}>{r.content.members.count}</Descriptions.Item>
            <Descriptions.Item label={`${t('annualReports.fields.joined')} / ${t('annualReports.fields.left')}`}>{r.content.members.joined} / {r.content.members.left}</Descriptions.Item>
            <Descriptions.Item label={t('annualReports.fields.leaderChanged')} span={2}>{r.content.members.leaderChanged ? r.content.members.leaderChange : t('common.no')}</Descriptions.Item>
            <Descriptions.Item label={t('annualReports.fields.partyMembers')}>{r.content.partyBuilding.partyMembers}</Descriptions.Item>
            <Descriptions.Item label={t('annualReports.fields.partyOrganization')}>{r.content.partyBuilding.organization}</Descriptions.Item>
            <Descriptions.Item label={t('annualReports.fields.partyActivities')} span={2}>{r.content.partyBuilding.activities}</Descriptions.Item>
            <Descriptions.Item label={t('annualReports.fields.disclosures')} span={2}>{r.content.disclosures}</Descriptions.Item>
          </Descriptions>
          <CaseTimeline caseType="annual_report" caseId={r.id} />
          {acting && <ActionModal report={r} action={acting} onClose={() => setActing(null)} onDone={async () => { setActing(null); await changed(); }} />}
        </>
      )}
    </Drawer>
  );
}

function ActionModal({ report, action, onClose, onDone }: { report: AnnualReport; action: AnnualReport['actions'][number]; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const [form] = Form.useForm<{ opinion?: string }>();
  const [busy, setBusy] = useState(false);
  const finish = async (values: { opinion?: string }) => {
    setBusy(true);
    try {
      await api.post(`/api/annual-reports/${report.id}/transitions`, { action: action.action, opinion: values.opinion });
      message.success(t('annualReports.done'));
      onDone();
    } catch (error) {
      showProblem(error, form);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t(`annualReports.${action.action}`)} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} okButtonProps={{ 'data-testid': 'annual-report-confirm' } as never}>
      <Form form={form} layout="vertical" onFinish={finish}>
        <Form.Item name="opinion" label={t('annualReports.opinion')} rules={action.opinion === 'required' ? [{ required: true, message: t('annualReports.opinionRequired') }] : []}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
