import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../common/api';
import { ApiProblem } from '../../common/problem';
import { formatDate } from '../../common/format';
import { useCategories, type PublicOrganization } from '../portal-api';
import { Badge, LoadFailed, Loading, statusTone, usePageTitle } from '../components/Status';

function Field({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return <div className="field"><dt>{label}</dt><dd>{children}</dd></div>;
}

/** An organization's public page: basic information, charter, certificate, its public notices and annual reports. */
export default function OrganizationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const categories = useCategories();
  const query = useQuery({
    queryKey: ['public', 'organization', id],
    queryFn: () => api.get<PublicOrganization>(`/api/public/organizations/${encodeURIComponent(id)}`),
  });
  usePageTitle(query.data?.name);
  const back = <Link className="back-link" to="/organizations">‹ {t('portal.org.backToDirectory')}</Link>;

  if (query.isPending) return <div className="page">{back}<Loading /></div>;
  if (query.isError) {
    const missing = query.error instanceof ApiProblem && [400, 404].includes(query.error.status);
    return (
      <div className="page">
        {back}
        {missing ? <p className="portal-alert" role="alert">{t('portal.org.notFound')}</p> : <LoadFailed error={query.error} onRetry={() => query.refetch()} />}
      </div>
    );
  }
  const o = query.data;
  const en = i18n.language === 'en';
  return (
    <div className="page" data-testid="organization-page">
      {back}
      <h1>{o.name}</h1>
      <p className="badges">
        <Badge tone={statusTone(o.status)}>{t(`portal.orgStatus.${o.status}`)}</Badge>
        <Badge>{t(`portal.orgClass.${o.orgClass}`)}</Badge>
        <Badge>{categories.label(o.category)}</Badge>
      </p>

      <section className="card">
        <h2>{t('portal.org.basic')}</h2>
        <dl className="fields">
          <Field label={t('portal.org.place')}>{o.place.map((p) => p.name).join(' ')}</Field>
          <Field label={t('portal.org.address')}>{o.address}</Field>
          <Field label={t('portal.org.foundedOn')}>{formatDate(o.foundedOn)}</Field>
          <Field label={t('portal.org.filedAt')}>{formatDate(o.filedAt)}</Field>
          <Field label={t('portal.org.leader')}>{o.leader}</Field>
          <Field label={t('portal.org.memberCount')}>{o.memberCount ? t('portal.org.members', { count: o.memberCount }) : null}</Field>
          <Field label={t('portal.org.creditCode')}>{o.creditCode}</Field>
          <Field label={t('portal.org.purpose')}>{o.purpose}</Field>
          <Field label={t('portal.org.businessScope')}>{o.businessScope}</Field>
        </dl>
      </section>

      <section className="card">
        <h2>{t('portal.org.certificate')}</h2>
        {o.certificateNumber ? (
          <>
            <dl className="fields">
              <Field label={t('portal.org.certificateNumber')}>{o.certificateNumber}</Field>
              <Field label={t('portal.org.certificateStatus')}>
                {o.certificateStatus && <Badge tone={statusTone(o.certificateStatus)}>{t(`portal.certificateStatus.${o.certificateStatus}`)}</Badge>}
              </Field>
            </dl>
            <Link className="text-link" to={`/verify?n=${encodeURIComponent(o.certificateNumber)}`}>{t('portal.org.verifyIt')}</Link>
          </>
        ) : <p className="portal-muted">{t('portal.org.noCertificate')}</p>}
      </section>

      <section className="card">
        <h2>{t('portal.org.charter')}</h2>
        {o.charter.length ? o.charter.map((part) => (
          <details key={part.key}>
            <summary>{en ? part.titleEn : part.titleZh}</summary>
            <p className="prose">{part.text}</p>
          </details>
        )) : <p className="portal-muted">{t('portal.org.noCharter')}</p>}
      </section>

      <section className="card">
        <h2>{t('portal.org.notices')}</h2>
        {o.notices.length ? (
          <ul className="plain-list">
            {o.notices.map((n) => (
              <li key={n.id}>
                <span>{t(`portal.kinds.${n.kind}`, { defaultValue: n.kind })}</span>{' '}
                <span className="portal-muted">{t('portal.org.period', { from: formatDate(n.startsAt), to: formatDate(n.endsAt) })}</span>{' '}
                {n.onNotice ? <Link to="/notices"><Badge tone="warn">{t('portal.org.onNotice')}</Badge></Link> : <Badge>{t('portal.org.noticeEnded')}</Badge>}
              </li>
            ))}
          </ul>
        ) : <p className="portal-muted">{t('portal.org.noNotices')}</p>}
      </section>

      {o.annualReports.length > 0 && (
        <section className="card" data-testid="public-annual-reports">
          <h2>{t('annualReports.public.title')}</h2>
          {o.annualReports.map((r) => (
            <dl className="fields" key={r.year}>
              <Field label={t('annualReports.year')}>{r.year}</Field>
              <Field label={t('annualReports.sections.activities')}>{t('annualReports.public.activities', { count: r.activities.count, participants: r.activities.participants })}：{r.activities.highlights}</Field>
              <Field label={t('annualReports.sections.finances')}>{t('annualReports.public.finances', { income: (r.finances.incomeFen / 100).toFixed(2), expense: (r.finances.expenseFen / 100).toFixed(2) })}</Field>
              <Field label={t('annualReports.sections.members')}>{t('annualReports.public.members', { count: r.members.count })}</Field>
              <Field label={t('annualReports.sections.partyBuilding')}>{r.partyBuilding.organization}</Field>
              <Field label={t('annualReports.sections.disclosures')}>{r.disclosures}</Field>
            </dl>
          ))}
        </section>
      )}
    </div>
  );
}
