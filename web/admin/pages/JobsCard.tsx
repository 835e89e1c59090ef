import { useState } from 'react';
import { App, Button, Card, Table, Typography } from 'antd';
import { PlayCircleOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../common/api';
import { useProblem } from '../components/useProblem';

type Job = { name: string; cron: string | null; acceptsAsOf: boolean };

/** 定时任务: the scheduled jobs and their crons, each with a run-now button (admin). */
export function JobsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const queryClient = useQueryClient();
  const [running, setRunning] = useState<string | null>(null);
  const query = useQuery({ queryKey: ['jobs'], queryFn: () => api.get<{ items: Job[] }>('/api/jobs') });
  const label = (name: string) => t(`jobs.names.${name}`, { defaultValue: name });

  const run = async (name: string) => {
    setRunning(name);
    try {
      await api.post(`/api/jobs/${encodeURIComponent(name)}/run`, {});
      message.success(t('jobs.ran', { name: label(name) }));
      // A run may file cases or send reminders: what is on screen elsewhere is stale.
      await queryClient.invalidateQueries();
    } catch (error) {
      showProblem(error);
    } finally {
      setRunning(null);
    }
  };

  return (
    <Card title={t('jobs.title')} style={{ marginTop: 16 }} data-testid="jobs-card">
      <Typography.Paragraph type="secondary">{t('jobs.hint')}</Typography.Paragraph>
      <Table<Job>
        rowKey="name" size="small" pagination={false} loading={query.isLoading} dataSource={query.data?.items ?? []}
        columns={[
          { title: t('jobs.name'), dataIndex: 'name', render: (name: string) => <>{label(name)} <Typography.Text type="secondary" code>{name}</Typography.Text></> },
          { title: t('jobs.cron'), dataIndex: 'cron', width: 220, render: (cron: string | null) => (cron ? <Typography.Text code>{cron}</Typography.Text> : t('jobs.manual')) },
          {
            title: t('common.actions'), width: 140,
            render: (_, job) => (
              <Button size="small" icon={<PlayCircleOutlined />} loading={running === job.name} disabled={running !== null && running !== job.name}
                onClick={() => run(job.name)} data-testid={`run-job-${job.name}`}>
                {t('jobs.run')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
