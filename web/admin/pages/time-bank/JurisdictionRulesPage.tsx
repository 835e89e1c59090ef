import { useState } from 'react';
import { App, Button, Card, Form, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, listUrl } from '../../../common/api';
import { useSession } from '../../session';
import { JurisdictionSelect } from '../../components/JurisdictionSelect';
import { useProblem } from '../../components/useProblem';
import { RuleEditor, useRuleText } from './RuleEditor';
import type { Rule, RuleValue } from './timeBankTypes';

type Rules = { jurisdiction: { code: string; name: string }; items: Rule[] };

/**
 * 时间银行与积分规则: a bureau picks its node or one below and sets the rules there (hours credited
 * per service type, the lifetime cap, the withdrawal age, who may receive a transfer, points); each
 * row shows the value in force and where it comes from.
 */
export default function JurisdictionRulesPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [code, setCode] = useState(session!.user.jurisdictionCode);
  const query = useQuery({
    queryKey: ['jurisdiction-settings', code],
    queryFn: () => api.get<Rules>(listUrl('/api/jurisdiction-settings', { jurisdictionCode: code })),
  });
  const text = useRuleText();
  const sourceTag = (rule: Rule) => {
    if (rule.own !== null) return <Tag color="red">{t('timeBank.rules.fromHere')}</Tag>;
    if (rule.source.from === 'node') return <Tag color="blue">{t('timeBank.rules.fromNode', { name: rule.source.name })}</Tag>;
    return <Tag>{t(rule.source.from === 'platform' ? 'timeBank.rules.fromPlatform' : 'timeBank.rules.fromDefault')}</Tag>;
  };

  return (
    <Card title={t('timeBank.rulesMenu')}>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label={t('timeBank.rules.node')} htmlFor="rules-node">
          <JurisdictionSelect id="rules-node" value={code} allowClear={false} onChange={(next) => next && setCode(next)} style={{ width: 320 }} />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary">{t('timeBank.rules.hint')}</Typography.Paragraph>
      <Table<Rule>
        rowKey="key" pagination={false} loading={query.isFetching} dataSource={query.data?.items ?? []} data-testid="rules-table"
        columns={[
          { title: t('timeBank.rules.rule'), dataIndex: 'key', width: 220, render: (key: string) => t(`timeBank.ruleNames.${key}`, { defaultValue: key }) },
          { title: t('timeBank.rules.inForce'), width: 240, render: (_, rule) => <>{text(rule.shape, rule.value)} {sourceTag(rule)}</> },
          { title: t('timeBank.rules.own'), render: (_, rule) => <OwnValue key={`${code}:${rule.key}:${JSON.stringify(rule.own)}`} code={code} rule={rule} onSaved={() => query.refetch()} /> },
        ]}
      />
    </Card>
  );
}

/** The node's own value of a rule: edit and set it here, or clear it to inherit again. */
function OwnValue({ code, rule, onSaved }: { code: string; rule: Rule; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showProblem = useProblem();
  const [value, setValue] = useState<RuleValue>(rule.own ?? rule.value);
  const [saving, setSaving] = useState(false);
  const label = t(`timeBank.ruleNames.${rule.key}`, { defaultValue: rule.key });
  const save = async (next: RuleValue | null) => {
    setSaving(true);
    try {
      await api.put(`/api/jurisdiction-settings/${code}/${rule.key}`, { value: next });
      message.success(next === null ? t('timeBank.rules.cleared') : t('common.saved'));
      onSaved();
    } catch (error) {
      showProblem(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`rule-${rule.key}`}>
      <RuleEditor shape={rule.shape} value={value} onChange={setValue} label={label} />
      <Space>
        <Button size="small" type="primary" loading={saving} onClick={() => save(value)}>{t('timeBank.rules.set')}</Button>
        {rule.own !== null && <Button size="small" disabled={saving} onClick={() => save(null)}>{t('timeBank.rules.clear')}</Button>}
      </Space>
    </Space>
  );
}
