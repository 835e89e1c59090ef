import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, listUrl } from '../../common/api';
import { ApiProblem } from '../../common/problem';
import { formatDate } from '../../common/format';
import type { Verification } from '../portal-api';
import { Badge, LoadFailed, Loading, statusTone, usePageTitle } from '../components/Status';

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
  const [params, setParams] = useSearchParams();
  const token = params.get('c') ?? '';
  const number = params.get('n') ?? '';
  const [typed, setTyped] = useState(number);
  const [inputError, setInputError] = useState('');
  useEffect(() => setTyped(number), [number]);

  const query = useQuery({
    queryKey: ['public', 'verify', token, number],
    queryFn: () => api.get<Verification>(listUrl('/api/public/certificates/verify', token ? { token } : { number })),
    enabled: Boolean(token || number),
  });
  // A malformed number comes back as a field error: it belongs under the input.
  const serverFieldError = query.error instanceof ApiProblem ? query.error.fieldErrors[0]?.message : undefined;
  const fieldError = inputError || serverFieldError;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = typed.trim();
    if (!value) return setInputError(t('portal.verifyPage.numberRequired'));
    setInputError('');
    setParams({ n: value });
  };

  return (
    <div className="page">
      <h1>{t('portal.verify')}</h1>
      <p className="portal-muted">{t('portal.verifyPage.intro')}</p>
      {(token || number) && !serverFieldError && (query.isPending ? <Loading /> : query.isError ? <LoadFailed error={query.error} /> : <Result result={query.data} />)}
      <form className="card verify-form" noValidate onSubmit={submit}>
        <label htmlFor="certificate-number">{t('portal.verifyPage.number')}</label>
        <input
          id="certificate-number" type="text" value={typed} maxLength={60} onChange={(e) => setTyped(e.target.value)}
          placeholder={t('portal.verifyPage.numberPlaceholder')} aria-invalid={Boolean(fieldError)} aria-describedby="certificate-number-error"
        />
        {fieldError && <p id="certificate-number-error" className="field-error">{fieldError}</p>}
        <button type="submit">{t('portal.verifyPage.submit')}</button>
      </form>
    </div>
  );
}
