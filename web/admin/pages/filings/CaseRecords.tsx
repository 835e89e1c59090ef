import type { ReactNode } from 'react';
import { Descriptions, Space, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session';
import type { FilingDetail } from './filingTypes';

/** A PDF the server renders, opened in a new tab. */
export function PdfLink({ href, children, testId }: { href: string; children: ReactNode; testId?: string }) {
  return <a href={href} target="_blank" rel="noreferrer" data-testid={testId}><FilePdfOutlined /> {children}</a>;
}

/**
 * 退出申请: the members' meeting record the application was written from, and what the committee
 * forwarded with it (the charter in force, the certificate, the application); after termination,
 * the street or the committee may print a letter of commendation.
 */
export function TerminationRecord({ filing }: { filing: FilingDetail }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const meeting = filing.details?.meeting;
  const forwarded = filing.details?.forwarded;
  const base = `/api/filings/${filing.id}`;
  const application = <PdfLink href={`${base}/termination-application.pdf`} testId="termination-application">{t('lifecycle.applicationPdf')}</PdfLink>;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="termination-record">
      {meeting && (
        <Descriptions
          bordered
          size="small"
          column={2}
          title={t('lifecycle.meetingRecord')}
          items={[
            { key: 'heldOn', label: t('lifecycle.meeting.heldOn'), children: meeting.heldOn },
            { key: 'members', label: t('lifecycle.memberCount'), children: t('lifecycle.membersUnit', { count: filing.organization.memberCount }) },
            { key: 'present', label: t('lifecycle.meeting.membersPresent'), children: t('lifecycle.membersUnit', { count: meeting.membersPresent }) },
            {
              key: 'votes', label: t('lifecycle.voteResult'),
              children: t('lifecycle.votes', { for: meeting.votesFor, against: meeting.votesAgainst, abstain: meeting.abstentions }),
            },
            { key: 'reason', label: t('lifecycle.meeting.reason'), children: meeting.reason, span: 2 },
            { key: 'assets', label: t('lifecycle.meeting.remainingAssets'), children: meeting.remainingAssets, span: 2 },
          ]}
        />
      )}
      <Descriptions
        bordered
        size="small"
        column={1}
        title={t('lifecycle.forwarded')}
        data-testid="forwarded-papers"
        items={forwarded
          ? [
            { key: 'charter', label: t('filings.steps.charter'), children: <PdfLink href={`${base}/charter.pdf`}>{t('lifecycle.forwardedCharter', { version: forwarded.charterVersion })}</PdfLink> },
            {
              key: 'certificate', label: t('orgs.certificateNumber'),
              children: forwarded.certificateNumber ?? t('lifecycle.noCertificate'),
            },
            { key: 'application', label: t('lifecycle.application'), children: application },
          ]
          : [
            { key: 'pending', label: t('lifecycle.application'), children: <Space direction="vertical">{application}<Typography.Text type="secondary">{t('lifecycle.notForwarded')}</Typography.Text></Space> },
          ]}
      />
      {filing.state === 'terminated' && can('filing.commend') && (
        <PdfLink href={`${base}/commendation.pdf`} testId="commendation-link">{t('lifecycle.commendation')}</PdfLink>
      )}
    </Space>
  );
}

/** 撤销事由: the street's cause for revoking, published with its decision. */
export function RevocationCause({ filing }: { filing: FilingDetail }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      data-testid="revocation-cause"
      items={[{ key: 'cause', label: t('lifecycle.revocationCause'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{filing.details?.revocation?.cause}</span> }]}
    />
  );
}
