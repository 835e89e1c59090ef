import { Collapse, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTime } from '../../../common/format';
import { CaseTimeline } from '../../components/CaseTimeline';
import { caseFieldGroups, fieldLabelMap } from '../filings/filingFields';
import type { CharterPart, OrganizationCase } from './organizationTypes';
import { useOrgVocabulary } from './useOrgVocabulary';

/** 办理记录: every case of the organization (filing, change, termination…), each with its timeline. */
export function OrganizationCases({ cases, partList }: { cases: OrganizationCase[]; partList: CharterPart[] }) {
  const { t, i18n } = useTranslation();
  const words = useOrgVocabulary();
  if (!cases.length) return <Empty description={t('orgs.noCases')} />;
  const fieldLabels = (kind: string) => fieldLabelMap(caseFieldGroups(t, i18n.language, kind, partList));
  return (
    <Collapse
      data-testid="organization-cases"
      defaultActiveKey={[cases[0].id]}
      items={cases.map((c) => ({
        key: c.id,
        label: (
          <Space wrap>
            <Typography.Text strong>{words.label(c.kindLabel)}</Typography.Text>
            <Tag color="blue">{words.label(c.stateLabel)}</Tag>
            <Typography.Text type="secondary">{t('orgs.caseStarted')} {formatTime(c.createdAt, i18n.language)}</Typography.Text>
          </Space>
        ),
        extra: <Link to={`/filings/${c.id}`} onClick={(e) => e.stopPropagation()}>{t('orgs.openCase')}</Link>,
        children: <CaseTimeline caseType={c.kind} caseId={c.id} fieldLabels={fieldLabels(c.kind)} />,
      }))}
    />
  );
}
