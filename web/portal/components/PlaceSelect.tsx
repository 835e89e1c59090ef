import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, listUrl } from '../../common/api';
import type { Place } from '../portal-api';

/** The codes from the top down to `code`: 441802006 → 44, 4418, 441802, 441802006. */
function chainOf(code: string): string[] {
  return [2, 4, 6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n));
}

function usePlaces(parent: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['public', 'places', parent ?? ''],
    queryFn: () => api.get<{ items: Place[] }>(listUrl('/api/public/places', { parent })),
    enabled,
    staleTime: 30 * 60_000,
  });
}

/** One level of the cascade: the children of `parent`, or nothing when it has none. */
function Level({ depth, parent, value, onChange }: { depth: number; parent?: string; value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const { data } = usePlaces(parent, depth === 0 || Boolean(parent));
  const items = data?.items ?? [];
  if (!items.length) return null;
  return (
    <select
      aria-label={`${t('portal.dir.place')} ${depth + 1}`}
      data-testid={`place-${depth}`}
      value={value}
      onChange={(e) => onChange(e.target.value || (parent ?? ''))}
    >
      <option value="">{depth === 0 ? t('portal.dir.allPlaces') : t('portal.dir.allBelow')}</option>
      {items.map((p) => <option key={p.code} value={p.code}>{p.name}</option>)}
    </select>
  );
}

/**
 * The place filter as cascading selects (province › city › district › street › community), each
 * loaded from /api/public/places when the one above is chosen. `value` is the deepest code chosen.
 */
export function PlaceSelect({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const chain = chainOf(value);
  const depths = Array.from({ length: Math.min(chain.length + 1, 5) }, (_, i) => i);
  return (
    <fieldset className="place-select">
      <legend>{t('portal.dir.place')}</legend>
      {depths.map((depth) => (
        <Level key={depth} depth={depth} parent={chain[depth - 1]} value={chain[depth] ?? ''} onChange={onChange} />
      ))}
    </fieldset>
  );
}
