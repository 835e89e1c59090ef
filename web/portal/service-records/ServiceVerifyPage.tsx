import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../common/format';
import { Badge, usePageTitle } from '../components/Status';
import { NumberForm, useVerification, VerificationAnswer } from '../components/Verification';
import type { ServiceVerification } from './service-records-api';

/** Genuine, forged or unknown; for a genuine one what it stated at its issue, and whether records were corrected since. */
function Result({ result }: { result: ServiceVerification }) {
  const { t } = useTranslation();
  if (!result.found) {
    const outcome = result.signatureValid === false ? 'badSignature' : 'notFound';
    return (
      <section className="card verify-result verify-bad" data-testid="verify-result" aria-live="polite">
        <p className="verify-status"><Badge tone="bad">{t(`serviceRecords.verify.${outcome}`)}</Badge></p>
        <p>{t(`serviceRecords.verify.explain.${outcome}`)}</p>
      </section>
    );
  }
  return (
    <section className="card verify-result verify-good" data-testid="verify-result" aria-live="polite">
      <p className="verify-status"><Badge tone="good">{t('serviceRecords.verify.valid')}</Badge></p>
      <p>{t('serviceRecords.verify.explain.valid')}</p>
      <dl className="fields">
        <div className="field"><dt>{t('serviceRecords.verify.number')}</dt><dd>{result.number}</dd></div>
        <div className="field"><dt>{t('serviceRecords.verify.volunteer')}</dt><dd>{result.volunteerName}</dd></div>
        <div className="field"><dt>{t('serviceRecords.verify.totalHours')}</dt><dd>{t('serviceRecords.portal.hours', { hours: result.totalHours.toFixed(1) })}</dd></div>
        <div className="field"><dt>{t('serviceRecords.verify.recordCount')}</dt><dd>{t('serviceRecords.portal.records', { count: result.recordCount })}</dd></div>
        {result.firstServiceDate && (
          <div className="field"><dt>{t('serviceRecords.verify.period')}</dt><dd>{formatDate(result.firstServiceDate)} – {formatDate(result.lastServiceDate)}</dd></div>
        )}
        <div className="field"><dt>{t('serviceRecords.verify.issuedOn')}</dt><dd>{formatDate(result.issuedOn)}</dd></div>
      </dl>
      <p className="portal-muted">{t('serviceRecords.verify.asOfIssue')}</p>
      {result.correctedSince && <p className="portal-alert" data-testid="corrected-since">{t('serviceRecords.verify.correctedSince')}</p>}
      {result.signatureValid && <p className="portal-muted">✓ {t('serviceRecords.verify.signatureValid')}</p>}
    </section>
  );
}

/** 服务记录证明查验: a certificate's QR code opens `/verify/service?c=<signed token>`; a typed number becomes `?n=<number>`. */
export default function ServiceVerifyPage() {
  const { t } = useTranslation();
  usePageTitle(t('serviceRecords.verify.title'));
  const verification = useVerification<ServiceVerification>('/api/public/service-certificates/verify', 'verify-service');
  return (
    <div className="page">
      <h1>{t('serviceRecords.verify.title')}</h1>
      <p className="portal-muted">{t('serviceRecords.verify.intro')}</p>
      <VerificationAnswer verification={verification}>{(result) => <Result result={result} />}</VerificationAnswer>
      <NumberForm
        verification={verification} id="service-certificate-number"
        texts={{
          label: t('serviceRecords.verify.number'), placeholder: t('serviceRecords.verify.numberPlaceholder'),
          required: t('serviceRecords.verify.numberRequired'), submit: t('serviceRecords.verify.submit'),
        }}
      />
      <Link className="text-link" to="/verify">{t('serviceRecords.verify.organizations')}</Link>
    </div>
  );
}
