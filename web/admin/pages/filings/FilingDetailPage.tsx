import { Alert, Button, Card, Col, Descriptions, Row, Space, Tabs, Tag, type TabsProps } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../../common/api';
import { formatTime } from '../../../common/format';
import { ApiProblem } from '../../../common/problem';
import { CaseTimeline } from '../../components/CaseTimeline';
import { OrganizationSummary } from '../organizations/OrganizationSummary';
import { CharterSections } from '../organizations/CharterSections';
import { RosterTable } from '../organizations/RosterTable';
import { useOrgVocabulary } from '../organizations/useOrgVocabulary';
import { caseFieldGroups, fieldLabelMap } from './filingFields';
import { filingQueryKey, wizardKinds, type FilingDetail } from './filingTypes';
import { FilingActions } from './FilingActions';
import { ObjectionsList } from './ObjectionsList';
import { ChangesTable } from './ChangesTable';
import { PdfLink, RevocationCause, TerminationRecord } from './CaseRecords';

/**
 * An organization case as its reviewers see it, whatever its kind (备案, 变更备案, 退出, 撤销备案):
 * what it is about (a change's items against the filed version, a termination's meeting record and
 * forwarded papers, a revocation's cause), the materials, warnings, objections, the steps to take
 * and the timeline.
 */
export default function FilingDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const words = useOrgVocabulary();
  const query = useQuery({ queryKey: filingQueryKey(id), queryFn: () => api.get<FilingDetail>(`/api/filings/${id}`) });
  const back = <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/filings')} aria-label={t('filings.back')} />;
  if (query.error) {
    return <Card title={back}><Alert type="error" showIcon message={query.error instanceof ApiProblem ? query.error.problem.title : String(query.error)} /></Card>;
  }
  const filing = query.data;
  if (!filing) return <Card loading />;
  const groups = caseFieldGroups(t, i18n.language, filing.kind, filing.charter.partList);
  const openObjections = filing.objections.filter((o) => o.status === 'open').length;
  const time = (v: string | null) => formatTime(v, i18n.language);
  const base = `/api/filings/${filing.id}`;
  const hasPapers = wizardKinds.includes(filing.kind);

  const subject: TabsProps['items'] = [
    ...(filing.changes ? [{ key: 'changes', label: t('orgs.withCount', { label: t('lifecycle.changes'), count: filing.changes.length }), children: <ChangesTable changes={filing.changes} /> }] : []),
    ...(filing.kind === 'termination' ? [{ key: 'application', label: t('lifecycle.application'), children: <TerminationRecord filing={filing} /> }] : []),
    ...(filing.kind === 'revocation' ? [{ key: 'cause', label: t('lifecycle.revocationCause'), children: <RevocationCause filing={filing} /> }] : []),
  ];
  const tabs: TabsProps['items'] = [
    ...subject,
    { key: 'organization', label: t('filings.steps.organization'), children: <OrganizationSummary organization={filing.organization} /> },
    { key: 'charter', label: t('filings.steps.charter'), children: <CharterSections charter={filing.charter} /> },
    { key: 'roster', label: t('orgs.withCount', { label: t('filings.steps.roster'), count: filing.roster.length }), children: <RosterTable members={filing.roster} /> },
    {
      key: 'objections', label: t('orgs.withCount', { label: t('filings.objections.title'), count: filing.objections.length }),
      children: <ObjectionsList filingId={filing.id} kind={filing.kind} objections={filing.objections} groups={groups} />,
    },
  ];

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={(
          <Space wrap>
            {back}
            <span>{filing.organization.name}</span>
            <Tag color="purple" data-testid="filing-kind">{words.label(filing.kindLabel)}</Tag>
            <Tag color="blue" data-testid="filing-state">{words.label(filing.stateLabel)}</Tag>
          </Space>
        )}
        extra={<FilingActions filing={filing} groups={groups} />}
      >
        <Descriptions
          size="small"
          column={4}
          items={[
            { key: 'submittedAt', label: t('filings.submittedAt'), children: time(filing.submittedAt) || '—' },
            { key: 'notice', label: t('filings.noticePeriod'), children: filing.noticeStartsAt ? `${time(filing.noticeStartsAt)} — ${time(filing.noticeEndsAt)}` : '—', span: 2 },
            {
              key: 'links', label: t('filings.links'), span: 4,
              children: (
                <Space wrap>
                  <Link to={`/organizations/${filing.organization.id}`}>{t('filings.organizationPage')}</Link>
                  {hasPapers && <PdfLink href={`${base}/charter.pdf`} testId="charter-pdf">{t('lifecycle.charterPdf')}</PdfLink>}
                  {hasPapers && <PdfLink href={`${base}/filing-form.pdf`} testId="filing-form-pdf">{t('lifecycle.filingFormPdf')}</PdfLink>}
                  {hasPapers && filing.state === 'filed' && <PdfLink href={`${base}/certificate.pdf`} testId="certificate-link">{t('filings.certificate')}</PdfLink>}
                </Space>
              ),
            },
          ]}
        />
        {hasPapers && filing.similarNames.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            data-testid="similar-names"
            message={t('filings.similarNames')}
            description={filing.similarNames.map((s) => `${s.name}（${t(`orgs.statuses.${s.status}`, { defaultValue: s.status })}）`).join('；')}
          />
        )}
        {openObjections > 0 && <Alert type="error" showIcon style={{ marginTop: 12 }} message={t('filings.objections.open', { count: openObjections })} />}
      </Card>
      <Row gutter={16}>
        <Col span={16}>
          <Card>
            <Tabs defaultActiveKey={openObjections ? 'objections' : tabs[0].key} items={tabs} />
          </Card>
        </Col>
        <Col span={8}>
          <Card title={t('filings.timeline')}>
            <CaseTimeline caseType={filing.kind} caseId={filing.id} fieldLabels={fieldLabelMap(groups)} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
