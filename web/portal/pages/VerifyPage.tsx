import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../common/format';
import type { Verification } from '../portal-api';
import { Badge, statusTone, usePageTitle } from '../components/Status';
import { NumberForm, useVerification, VerificationAnswer } from '../components/Verification';

/** The answer in one word (有效 / 已撤销 / 签名无效 / 未找到 …) and what it means. */
function Result({ result }: { result: Verification }) {
  const { t } = useTranslation();
  if (!result.found) {
    const outcome = result.signatureValid === false ? 'badSignature' : 'notFound';
    return (
      <section className="card verify-result verify-bad" data-testid="verify-result" aria-live="polite">
        <p className="verify-status"><Badge tone="bad">{t(`portal.verifyPage.${outcome}`)}</Badge></p>
        <p>{t(`portal.verifyPage.explain.${outcome}`)}</p>
      </section>
    );
  }
  const orgClass = ['filed', 'registered'].includes(result.orgClass) ? t(`portal.orgClass.${result.orgClass}`) : null;
  return (
    <section className={`card verify-result verify-${statusTone(result.status)}`} data-testid="verify-result" aria-live="polite">
      <p className="verify-status"><Badge tone={statusTone(result.status)}>{t(`portal.certificateStatus.${result.status}`)}</Badge></p>
      <p>{t(`portal.verifyPage.explain.${result.status}`)}</p>
      <dl className="fields">
        <div className="field"><dt>{t('portal.verifyPage.organization')}</dt><dd>{result.organizationName}</dd></div>
        {orgClass && <div className="field"><dt>{t('portal.verifyPage.orgClass')}</dt><dd>{orgClass}</dd></div>}
        <div className="field"><dt>{t('portal.verifyPage.number')}</dt><dd>{result.number}</dd></div>
        <div className="field"><dt>{t('portal.verifyPage.issuedOn')}</dt><dd>{formatDate(result.issuedOn)}</dd></div>
        {result.status !== 'valid' && result.statusChangedAt && (
          <div className="field"><dt>{t('portal.verifyPage.statusChangedAt')}</dt><dd>{formatDate(result.statusChangedAt)}</dd></div>
        )}
      </dl>
      {result.signatureValid && <p className="portal-muted">✓ {t('portal.verifyPage.signatureValid')}</p>}
    </section>
  );
}

/**
 * 证书查验: a certificate's QR code opens `/verify?c=<signed token>`; a typed number becomes
 * `/verify?n=<number>`. Either way the server answers the live status.
 */
export default function VerifyPage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.verify'));
  const verification = useVerification<Verification>('/api/public/certificates/verify', 'verify');
  return (
    <div className="page">
      <h1>{t('portal.verify')}</h1>
      <p className="portal-muted">{t('portal.verifyPage.intro')}</p>
      <VerificationAnswer verification={verification}>{(result) => <Result result={result} />}</VerificationAnswer>
      <NumberForm
        verification={verification} id="certificate-number"
        texts={{
          label: t('portal.verifyPage.number'), placeholder: t('portal.verifyPage.numberPlaceholder'),
          required: t('portal.verifyPage.numberRequired'), submit: t('portal.verifyPage.submit'),
        }}
      />
      <Link className="text-link" to="/verify/service">{t('serviceRecords.verify.title')}</Link>
    </div>
  );
}
