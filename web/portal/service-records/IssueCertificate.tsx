import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../common/api';
import type { IssuedCertificate } from './service-records-api';

/** 开具服务记录证明: issues a certificate of the hours so far and offers its PDF. */
export function IssueCertificate() {
  const { t } = useTranslation();
  const issue = useMutation({ mutationFn: () => api.post<IssuedCertificate>('/api/service-certificates', {}) });
  return (
    <div className="service-certificate">
      <button type="button" disabled={issue.isPending} onClick={() => issue.mutate()}>
        {issue.isPending ? t('serviceRecords.portal.issuing') : t('serviceRecords.portal.issue')}
      </button>
      {issue.isError && <p className="portal-alert" role="alert">{issue.error.message}</p>}
      {issue.data && (
        <div className="portal-success" role="status" data-testid="certificate-issued">
          <p>{t('serviceRecords.portal.issued', { number: issue.data.number })}</p>
          <a href={issue.data.pdfUrl} target="_blank" rel="noreferrer" download>{t('serviceRecords.portal.download')}</a>
        </div>
      )}
    </div>
  );
}
