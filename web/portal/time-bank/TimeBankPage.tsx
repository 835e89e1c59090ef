import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../components/MorePages';
import { formatDuration, formatTime } from '../../common/format';
import { Badge, LoadFailed, Loading, usePageTitle } from '../components/Status';
import { useMyTimeBank, type HistoryEntry } from './time-bank-api';
import { DonateForm, TransferForm, WithdrawForm } from './MovementForms';

/**
 * 我的时间银行 on a phone: hours and points, the lifetime total against the cap, whether the hours
 * can buy services yet; forms to use hours for a service, transfer them to a relative or donate
 * them; and the entries, newest first.
 */
export default function TimeBankPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('timeBank.portal.title'));
  const query = useMyTimeBank();
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadFailed error={query.error} onRetry={() => query.refetch()} />;
  const [first] = query.data.pages;
  const entries = query.data.pages.flatMap((p) => p.history.items);
  return (
    <div className="page">
      <h1>{t('timeBank.portal.title')}</h1>
      <section className="card tb-balance" aria-label={t('timeBank.balance')}>
        <p className="tb-figures">
          <span><strong data-testid="tb-hours">{formatDuration(first.timeBank.balance.minutes, i18n.language)}</strong></span>
          <span><strong data-testid="tb-points">{first.points.balance}</strong> {t('timeBank.portal.pointsUnit')}</span>
        </p>
        <p className="portal-muted">{t('timeBank.portal.lifetime', { hours: first.timeBank.lifetimeDeposited.hours, cap: first.timeBank.capHours })}</p>
        <p className="portal-muted">{t(first.withdrawAgeReached ? 'timeBank.portal.ageReached' : 'timeBank.portal.ageNotReached', { age: first.withdrawAge })}</p>
        <p className="portal-muted">{t('timeBank.portal.cashNote')}</p>
      </section>
      <section className="card tb-actions">
        {first.withdrawAgeReached && <Action title={t('timeBank.portal.withdraw')} form={(props) => <WithdrawForm {...props} />} />}
        <Action title={t('timeBank.portal.transfer')} form={(props) => <TransferForm relations={first.transferRelations} {...props} />} />
        <Action title={t('timeBank.portal.donate')} form={(props) => <DonateForm {...props} />} />
      </section>
      <section className="card">
        <h2>{t('timeBank.portal.history')}</h2>
        {!entries.length && <p className="portal-muted">{t('timeBank.noHistory')}</p>}
        <ul className="tb-history" data-testid="tb-history">
          {entries.map((entry) => <HistoryItem key={entry.id} entry={entry} />)}
        </ul>
        <LoadMore list={query} />
      </section>
    </div>
  );
}

/** One action, folded until tapped: opening it mounts a fresh form, so each opening has its own request key. */
function Action({ title, form }: { title: string; form: (props: { onCancel(): void; onAgain(): void }) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const [round, setRound] = useState(0);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{title}</summary>
      {open && (
        <div key={round} className="tb-action">
          {form({ onCancel: () => setOpen(false), onAgain: () => setRound((r) => r + 1) })}
        </div>
      )}
    </details>
  );
}

function HistoryItem({ entry }: { entry: HistoryEntry }) {
  const { t, i18n } = useTranslation();
  const plus = entry.amount > 0 ? '+' : '';
  const change = entry.unit === 'minutes' ? formatDuration(entry.amount, i18n.language) : `${entry.amount} ${t('timeBank.portal.pointsUnit')}`;
  return (
    <li className="tb-entry">
      <div>
        <Badge>{t(`timeBank.kinds.${entry.kind}`, { defaultValue: entry.kind })}</Badge>
        <p>{entry.description}{entry.note ? `（${entry.note}）` : ''}</p>
        <small className="portal-muted">{formatTime(entry.at, i18n.language)}</small>
      </div>
      <strong className={entry.amount > 0 ? 'tb-credit' : 'tb-debit'}>{plus}{change}</strong>
    </li>
  );
}
