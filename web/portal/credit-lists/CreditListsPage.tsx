import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListResult } from '../../common/api';
import { LoadMore, useMorePages } from '../components/MorePages';
import { LoadFailed, Loading, usePageTitle } from '../components/Status';

type PublicCreditEntry = {
  id: string; organizationId: string; organizationName: string; placeName: string | null; cause: string; reason: string;
  enteredOn: string; authorityName: string; basis: string;
};

const lists = ['abnormal', 'serious'] as const;

/** 信用名录: the organizations on the abnormal-activity list and the serious-violation list now, with cause, date, authority and basis. */
export default function CreditListsPage() {
  const { t } = useTranslation();
  usePageTitle(t('creditLists.public.title'));
  const [list, setList] = useState<(typeof lists)[number]>('abnormal');
  const pages = useMorePages<ListResult<PublicCreditEntry>>(['public', 'credit-lists', list], '/api/public/credit-lists', { list, pageSize: 20 });
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="page" data-testid="credit-lists-page">
      <h1>{t('creditLists.public.title')}</h1>
      <p className="portal-muted">{t('creditLists.public.intro')}</p>
      <div className="segmented" role="tablist">
        {lists.map((l) => (
          <button key={l} type="button" role="tab" aria-selected={list === l} className={list === l ? undefined : 'button-secondary'} onClick={() => setList(l)}>
            {t(`creditLists.lists.${l}`)}
          </button>
        ))}
      </div>
      {pages.isPending ? <Loading /> : pages.isError ? <LoadFailed error={pages.error} onRetry={() => pages.refetch()} /> : (
        <>
          {!items.length && <p className="result-count">{t('creditLists.public.empty')}</p>}
          <ul className="cards cards-single">
            {items.map((e) => (
              <li className="card" key={e.id} data-testid="credit-entry">
                <h3>{e.organizationName}</h3>
                <dl className="fields">
                  <div className="field"><dt>{t('creditLists.public.cause')}</dt><dd>{e.cause}：{e.reason}</dd></div>
                  <div className="field"><dt>{t('creditLists.public.enteredOn')}</dt><dd>{e.enteredOn}</dd></div>
                  <div className="field"><dt>{t('creditLists.public.authority')}</dt><dd>{e.authorityName}</dd></div>
                  <div className="field"><dt>{t('creditLists.public.basis')}</dt><dd>{e.basis}</dd></div>
                </dl>
              </li>
            ))}
          </ul>
          <LoadMore list={pages} />
        </>
      )}
    </div>
  );
}
