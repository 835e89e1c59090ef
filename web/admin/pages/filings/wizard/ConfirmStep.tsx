import { Alert, Button, Card, Descriptions, List, Space, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { OrganizationSummary } from '../../organizations/OrganizationSummary';
import { caseFieldGroups, fieldLabelMap, stepOfPath, wizardSteps, type WizardStep } from '../filingFields';
import type { FilingDetail } from '../filingTypes';
import { ChangesTable } from '../ChangesTable';
import type { StepProblems } from './fieldErrors';

/**
 * Step 4: what will be submitted (for a change, first what it alters against the filed version),
 * what still looks missing, and after a refused submission every problem with a link to the step
 * that fixes it.
 */
export function ConfirmStep({ filing, problems, submitting, onGoTo, onSubmit }: {
  filing: FilingDetail; problems: StepProblems; submitting: boolean; onGoTo(step: WizardStep): void; onSubmit(): void;
}) {
  const { t, i18n } = useTranslation();
  const labels = fieldLabelMap(caseFieldGroups(t, i18n.language, filing.kind, filing.charter.partList));
  const filledParts = filing.charter.partList.filter((p) => filing.charter.parts[p.key]?.trim());
  const missingParts = filing.charter.partList.filter((p) => p.required && !filing.charter.parts[p.key]?.trim());
  const refused = wizardSteps.flatMap((step) => problems[step]);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {refused.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="submit-problems"
          message={t('filings.wizard.fixBeforeSubmit', { count: refused.length })}
          description={(
            <List
              size="small"
              dataSource={refused}
              renderItem={(p) => {
                const step = stepOfPath(p.path);
                return (
                  <List.Item
                    actions={step && step !== 'confirm' ? [<a key="go" onClick={() => onGoTo(step)}>{t('filings.wizard.goFix', { step: t(`filings.steps.${step}`) })}</a>] : []}
                  >
                    <Typography.Text strong>{labels[p.path] ?? p.path}</Typography.Text>：{p.message}
                  </List.Item>
                );
              }}
            />
          )}
        />
      )}
      {filing.changes && (
        <Card size="small" title={t('lifecycle.changes')}>
          <Typography.Paragraph type="secondary">{t('lifecycle.diffHint')}</Typography.Paragraph>
          <ChangesTable changes={filing.changes} />
        </Card>
      )}
      <OrganizationSummary organization={filing.organization} />
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          {
            key: 'charter', label: t('filings.steps.charter'),
            children: (
              <>
                {t('filings.wizard.partsFilled', { filled: filledParts.length, total: filing.charter.partList.length })}
                {missingParts.length > 0 && (
                  <Typography.Text type="danger">{' '}{t('filings.wizard.partsMissing', { parts: missingParts.map((p) => (i18n.language === 'en' ? p.en : p.zh)).join('、') })}</Typography.Text>
                )}
              </>
            ),
          },
          {
            key: 'roster', label: t('filings.steps.roster'),
            children: (
              <Typography.Text type={filing.roster.length < filing.minMembers ? 'danger' : undefined}>
                {t('filings.wizard.rosterSummary', { count: filing.roster.length, min: filing.minMembers })}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Button type="primary" size="large" icon={<SendOutlined />} loading={submitting} onClick={onSubmit} data-testid="submit-filing">
        {t(filing.kind === 'change' ? 'lifecycle.submitChange' : 'filings.wizard.submit')}
      </Button>
    </Space>
  );
}
