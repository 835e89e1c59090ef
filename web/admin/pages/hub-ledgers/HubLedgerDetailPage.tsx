import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../../common/api';
import { formatTime } from '../../../common/format';
import { ApiProblem } from '../../../common/problem';
import { useProblem } from '../../components/useProblem';
import { CaseTimeline } from '../../components/CaseTimeline';
import { ledgersKey, stateColors, type LedgerAction, type LedgerDetail } from './ledgerTypes';
import { usePeriodLabel } from './periods';
import { LedgerFigures } from './LedgerFigures';
import { Dialog } from '../../components/Dialog';

/** One half-year ledger: its figures, the hub's remarks, the steps this user may take, the export and the history. */
export default function HubLedgerDetailPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const showProblem = useProblem();
  const periodLabel = usePeriodLabel();
  const [taking, setTaking] = useState<LedgerAction | null>(null);
  const [busy, setBusy] = useState(false);
  const query = useQuery({ queryKey: [ledgersKey, id], queryFn: () => api.get<LedgerDetail>(`/api/hub-ledgers/${id}`) });
  const back = <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/hub-ledgers')} aria-label={t('hubLedgers.back')} />;
  if (query.error) {
    return <Card title={back}><Alert type="error" showIcon message={query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)} /></Card>;
  }
  const ledger = query.data;
  const en = i18n.language === 'en';
  const refresh = () => query.refetch();

  const regenerate = async () => {
    setBusy(true);
    try {
      await api.post('/api/hub-ledgers', { period: ledger!.period });
      await refresh();
    } catch (error) {
      showProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      loading={query.isLoading}
      title={ledger && (
        <Space wrap>
          {back}
          <span data-testid="ledger-title">{ledger.streetName} · {periodLabel(ledger.period)}</span>
          {ledger.generated ? <Tag color={stateColors[ledger.state]}>{t(`hubLedgers.states.${ledger.state}`)}</Tag> : <Tag>{t('hubLedgers.notGenerated')}</Tag>}
          {ledger.overdue && <Tag color="red">{t('hubLedgers.overdueTag')}</Tag>}
        </Space>
      )}
      extra={ledger && (
        <Space wrap>
          {ledger.canGenerate && (
            <Button icon={<ReloadOutlined />} loading={busy} onClick={regenerate} data-testid="regenerate">
              {ledger.generated ? t('hubLedgers.regenerate') : t('hubLedgers.generate')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} href={`/api/hub-ledgers/${ledger.id}/ledger.xlsx`} disabled={!ledger.generated}>{t('hubLedgers.export')}</Button>
          {ledger.actions.map((a) => (
            <Button key={a.action} type={a.action === 'return' ? 'default' : 'primary'} danger={a.action === 'return'} onClick={() => setTaking(a)} data-testid={`ledger-${a.action}`}>
              {en ? a.label.en : a.label.zh}
            </Button>
          ))}
        </Space>
      )}
    >
      {ledger && (
        <>
          <Descriptions column={{ xs: 1, md: 3 }} size="small" bordered style={{ marginBottom: 24 }}>
            <Descriptions.Item label={t('hubLedgers.hub')}>{ledger.hubName}</Descriptions.Item>
            <Descriptions.Item label={t('hubLedgers.street')}>{ledger.streetName}</Descriptions.Item>
            <Descriptions.Item label={t('hubLedgers.dueOn')}>{ledger.dueOn}</Descriptions.Item>
            <Descriptions.Item label={t('hubLedgers.span')}>
              {ledger.figures && t('hubLedgers.spanValue', { from: ledger.figures.firstDay, to: ledger.figures.lastDay })}
            </Descriptions.Item>
            <Descriptions.Item label={t('hubLedgers.asOf')}>{formatTime(ledger.generatedAt, i18n.language)}</Descriptions.Item>
            <Descriptions.Item label={t('hubLedgers.submittedAt')}>{formatTime(ledger.submittedAt, i18n.language)}</Descriptions.Item>
          </Descriptions>
          {ledger.canGenerate && !ledger.periodEnded && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('hubLedgers.periodOpen')} />}
          <Remarks ledger={ledger} onSaved={() => { message.success(t('regLedger.saved')); return refresh(); }} />
          {ledger.figures ? <LedgerFigures figures={ledger.figures} /> : <Alert type="info" showIcon message={t('hubLedgers.notGeneratedYet')} style={{ marginBottom: 24 }} />}
          <Typography.Title level={5} style={{ marginTop: 24 }}>{t('hubLedgers.timeline')}</Typography.Title>
          <CaseTimeline caseType="hub_ledger" caseId={ledger.id} />
          {taking && (
            <ActionModal
              ledgerId={ledger.id} action={taking} onClose={() => setTaking(null)}
              onDone={async () => { message.success(t('hubLedgers.done', { action: en ? taking.label.en : taking.label.zh })); setTaking(null); await refresh(); }}
            />
          )}
        </>
      )}
    </Card>
  );
}

function Remarks({ ledger, onSaved }: { ledger: LedgerDetail; onSaved(): Promise<unknown> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  useEffect(() => form.setFieldsValue({ remarks: ledger.remarks ?? '' }), [form, ledger.remarks]);
  if (!ledger.canEditRemarks) {
    return (
      <Descriptions size="small" bordered style={{ marginBottom: 24 }}>
        <Descriptions.Item label={t('hubLedgers.remarks')}>{ledger.remarks}</Descriptions.Item>
      </Descriptions>
    );
  }
  const save = async ({ remarks }: { remarks: string }) => {
    try {
      await api.put(`/api/hub-ledgers/${ledger.id}/remarks`, { remarks: remarks ?? '' });
      await onSaved();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Form form={form} layout="vertical" name="remarks" onFinish={save} style={{ marginBottom: 24 }}>
      <Form.Item name="remarks" label={t('hubLedgers.remarks')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} showCount />
      </Form.Item>
      <Button htmlType="submit">{t('hubLedgers.saveRemarks')}</Button>
    </Form>
  );
}

function ActionModal({ ledgerId, action, onClose, onDone }: { ledgerId: string; action: LedgerAction; onClose(): void; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm();
  const showProblem = useProblem();
  const submit = async () => {
    const { opinion } = await form.validateFields();
    try {
      await api.post(`/api/hub-ledgers/${ledgerId}/transitions`, { action: action.action, opinion: opinion?.trim() || undefined });
      onDone();
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={i18n.language === 'en' ? action.label.en : action.label.zh} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')}>
      <Form form={form} layout="vertical" name="ledger-action">
        <Form.Item name="opinion" label={t('hubLedgers.opinion')} rules={action.opinion === 'required' ? [{ required: true, whitespace: true }] : []}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
