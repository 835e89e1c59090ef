import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser tab says where the reader is. */
export function usePageTitle(title: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.fullName');
  }, [title, t]);
}

export function Loading() {
  const { t } = useTranslation();
  return <p className="portal-muted" role="status">{t('common.loading')}</p>;
}

/** A failed read, with the server's message when it sent one. */
export function LoadFailed({ error, onRetry }: { error?: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = error instanceof Error && error.message ? error.message : t('portal.loadFailed');
  return (
    <div className="portal-alert" role="alert">
      <p>{message}</p>
      {onRetry && <button type="button" className="button-secondary" onClick={onRetry}>{t('portal.retry')}</button>}
    </div>
  );
}

export type BadgeTone = 'good' | 'warn' | 'bad' | 'plain';

export function Badge({ tone = 'plain', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

export const statusTone = (status: string): BadgeTone => (status === 'active' || status === 'valid' ? 'good' : status === 'superseded' ? 'warn' : 'bad');
