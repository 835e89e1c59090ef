import { useState } from 'react';
import { Button, Descriptions, Drawer, Form, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { formatTime } from '../../../common/format';
import { useSession } from '../../session';
import { useProblem } from '../../components/useProblem';
import { helpStatusColors, type HelpRequest } from './helpRequestTypes';
import { MatchSuggestions, type MatchTarget } from './MatchSuggestions';
import { Dialog } from '../../components/Dialog';

/** One request for help: what is needed, the suggestions to meet it with a match button each, and closing it. */
export function HelpRequestDrawer({ request: r, onClose, onChanged }: { request: HelpRequest; onClose(): void; onChanged(): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const [matching, setMatching] = useState<MatchTarget | null>(null);
  const [closing, setClosing] = useState(false);
  const manage = can('helpRequest.manage');
  const needed = [r.neededFrom, r.neededUntil].map((d) => formatTime(d, i18n.language)).filter(Boolean).join(' – ');

  return (
    <Drawer open size={760} title={`${r.requesterName} · ${r.serviceTypeLabel}`} onClose={onClose}
      extra={manage && r.status !== 'closed' && <Button onClick={() => setClosing(true)}>{t('activities.help.close')}</Button>}
    >
      <Descriptions column={2} size="small" bordered style={{ marginBottom: 20 }}>
        <Descriptions.Item label={t('activities.fields.status')}><Tag color={helpStatusColors[r.status]}>{t(`activities.help.statuses.${r.status}`)}</Tag></Descriptions.Item>
        <Descriptions.Item label={t('activities.help.phone')}>{r.requesterPhone}</Descriptions.Item>
        <Descriptions.Item label={t('activities.help.targetGroup')}>{r.targetGroupLabel}</Descriptions.Item>
        <Descriptions.Item label={t('activities.fields.skillsWanted')}>{r.skillsWantedLabels.join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('activities.help.place')} span={2}>{[r.streetName, r.placeName, r.address].filter(Boolean).join(' ')}</Descriptions.Item>
        <Descriptions.Item label={t('activities.help.neededTime')} span={2}>{needed}</Descriptions.Item>
        <Descriptions.Item label={t('activities.help.need')} span={2}>{r.description}</Descriptions.Item>
        {r.status !== 'open' && (r.matchedActivityTitle || r.matchedVolunteerName) && (
          <Descriptions.Item label={t('activities.help.matchedTo')} span={2}>
            {r.matchedActivityTitle ?? r.matchedVolunteerName}{r.matchNote ? `（${r.matchNote}）` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
      {r.status === 'open' && (
        <>
          <Typography.Title level={5}>{t('activities.help.suggestions')}</Typography.Title>
          <MatchSuggestions requestId={r.id} onMatch={manage ? setMatching : undefined} />
        </>
      )}
      {matching && <NoteModal title={`${t('activities.help.match')}：${matching.label}`} label={t('activities.help.matchNote')} required={false}
        onClose={() => setMatching(null)}
        onSubmit={async (note) => {
          await api.post(`/api/help-requests/${r.id}/match`, { ...matching.target, ...(note && { note }) });
          setMatching(null);
          await onChanged();
        }} />}
      {closing && <NoteModal title={t('activities.help.close')} label={t('activities.help.closeNote')} required
        onClose={() => setClosing(false)}
        onSubmit={async (note) => {
          await api.post(`/api/help-requests/${r.id}/close`, { note });
          setClosing(false);
          await onChanged();
        }} />}
    </Drawer>
  );
}

function NoteModal({ title, label, required, onClose, onSubmit }: {
  title: string; label: string; required: boolean; onClose(): void; onSubmit(note: string): Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string }>();
  const showProblem = useProblem();
  const submit = async () => {
    const { note } = await form.validateFields();
    try {
      await onSubmit(note?.trim() ?? '');
    } catch (error) {
      showProblem(error, form);
    }
  };
  return (
    <Dialog title={title} onCancel={onClose} onOk={submit} okText={t('common.save')} cancelText={t('common.cancel')}>
      <Form form={form} layout="vertical" name="help-request-note">
        <Form.Item name="note" label={label} rules={required ? [{ required: true, whitespace: true, min: 2 }] : []}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={required ? 500 : 200} />
        </Form.Item>
      </Form>
    </Dialog>
  );
}
