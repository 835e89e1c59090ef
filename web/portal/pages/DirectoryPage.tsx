import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore, useMorePages } from '../components/MorePages';
import { useSearchParams } from 'react-router';
import type { ListResult } from '../../common/api';
import { useCategories, type DirectoryItem } from '../portal-api';
import { PlaceSelect } from '../components/PlaceSelect';
import { OrganizationCard } from '../components/OrganizationCard';
import { LoadFailed, Loading, usePageTitle } from '../components/Status';

const pageSize = 20;
const filterNames = ['q', 'place', 'category', 'orgClass', 'status'] as const;

/** 组织名录: search and filters live in the address, so a result list can be shared and reloaded. */
export default function DirectoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('portal.directory'));
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(filterNames.map((name) => [name, params.get(name) ?? ''])) as Record<(typeof filterNames)[number], string>;
  const [text, setText] = useState(filters.q);
  useEffect(() => setText(filters.q), [filters.q]);
  const categories = useCategories();

  const setFilter = (name: (typeof filterNames)[number], value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const search = (e: FormEvent) => {
    e.preventDefault();
    setFilter('q', text.trim());
  };

  const list = useMorePages<ListResult<DirectoryItem>>(['public', 'organizations', filters], '/api/public/organizations', { ...filters, pageSize });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const totalIsLowerBound = list.data?.pages[0]?.totalIsLowerBound ?? false;
  const filtered = filterNames.some((name) => filters[name]);
  const activeFilters = filterNames.filter((name) => name !== 'q' && filters[name]).length;
  // On a phone the filters fold away; a shared link with filters opens them.
  const [filtersInitiallyOpen] = useState(activeFilters > 0);

  return (
    <div className="page">
      <h1>{t('portal.directory')}</h1>
      <p className="portal-muted">{t('portal.dir.intro')}</p>
      <form role="search" className="search-row" onSubmit={search}>
        <input
          type="search" name="q" value={text} onChange={(e) => setText(e.target.value)} maxLength={100}
          placeholder={t('portal.searchPlaceholder')} aria-label={t('portal.dir.searchLabel')}
        />
        <button type="submit">{t('common.search')}</button>
      </form>
      <details className="filters-panel" open={filtersInitiallyOpen}>
        <summary>{activeFilters ? t('portal.dir.filtersActive', { count: activeFilters }) : t('portal.dir.filters')}</summary>
        <div className="filters">
          <PlaceSelect value={filters.place} onChange={(code) => setFilter('place', code)} />
          <label>
            <span>{t('portal.dir.category')}</span>
            <select value={filters.category} onChange={(e) => setFilter('category', e.target.value)}>
              <option value="">{t('portal.dir.all')}</option>
              {categories.items.map((c) => <option key={c.code} value={c.code}>{categories.label(c.code)}</option>)}
            </select>
          </label>
          <label>
            <span>{t('portal.dir.orgClass')}</span>
            <select value={filters.orgClass} onChange={(e) => setFilter('orgClass', e.target.value)}>
              <option value="">{t('portal.dir.all')}</option>
              {(['filed', 'registered'] as const).map((c) => <option key={c} value={c}>{t(`portal.orgClass.${c}`)}</option>)}
            </select>
          </label>
          <label>
            <span>{t('portal.dir.status')}</span>
            <select value={filters.status} onChange={(e) => setFilter('status', e.target.value)}>
              <option value="">{t('portal.dir.all')}</option>
              {(['active', 'terminated', 'revoked'] as const).map((s) => <option key={s} value={s}>{t(`portal.orgStatus.${s}`)}</option>)}
            </select>
          </label>
          {filtered && <button type="button" className="button-link" onClick={() => setParams({}, { replace: true })}>{t('portal.dir.clear')}</button>}
        </div>
      </details>

      {list.isPending ? <Loading /> : list.isError ? <LoadFailed error={list.error} onRetry={() => list.refetch()} /> : (
        <section aria-live="polite" data-testid="directory-results">
          <p className="result-count">{total ? t(totalIsLowerBound ? 'portal.dir.countAtLeast' : 'portal.dir.count', { count: total }) : t('portal.dir.empty')}</p>
          <ul className="cards">
            {items.map((item) => <OrganizationCard key={item.id} item={item} categoryLabel={categories.label(item.category)} />)}
          </ul>
          <LoadMore list={list} />
        </section>
      )}
    </div>
  );
}
