import { useState } from 'react';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../common/api';
import { useProblem } from '../../components/useProblem';
import type { IssuedCertificate } from './serviceRecordTypes';

/** 开具证明: issues a 志愿服务记录证明 for the volunteer and offers its PDF. */
export function IssueCertificateButton({ volunteerId }: { volunteerId: string }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const showProblem = useProblem();
  const [busy, setBusy] = useState(false);
  const issue = async () => {
    setBusy(true);
    try {
      const certificate = await api.post<IssuedCertificate>('/api/service-certificates', { volunteerId });
      modal.success({
        title: t('serviceRecords.certificate.issued', { number: certificate.number }),
        content: <a href={certificate.pdfUrl} target="_blank" rel="noreferrer">{t('serviceRecords.certificate.open')}</a>,
      });
    } catch (error) {
      showProblem(error);
    } finally {
      setBusy(false);
    }
  };
  return <Button type="link" size="small" loading={busy} onClick={issue}>{t('serviceRecords.certificate.issue')}</Button>;
}
