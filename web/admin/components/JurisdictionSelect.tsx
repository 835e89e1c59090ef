import { useEffect, useState } from 'react';
import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, listUrl, type ListResult } from '../../common/api';
import type { JurisdictionNode } from '../../common/types';

type Option = { id: string; pId?: string; value: string; title: string; isLeaf: boolean };

const toOption = (node: JurisdictionNode): Option => ({
  id: node.code, pId: node.parentCode ?? undefined, value: node.code, title: `${node.name}（${node.code}）`, isLeaf: !node.hasChildren,
});

/**
 * Picks a place inside the user's subtree: a lazy tree from their own node down, and search by
 * name or code. Every form and filter that takes a place uses it. `communitiesOnly` lets only
 * communities and villages (12-digit codes) be picked, the nodes above staying open to browse.
 */
export function JurisdictionSelect(props: {
  value?: string; onChange?: (code: string | undefined) => void; placeholder?: string; allowClear?: boolean; style?: React.CSSProperties;
  communitiesOnly?: boolean; id?: string;
}) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<Option[]>([]);
  const [searchResults, setSearchResults] = useState<Option[] | null>(null);

  useEffect(() => {
    api.get<{ items: JurisdictionNode[] }>('/api/jurisdictions/roots').then(({ items }) => setOptions(items.map(toOption)));
  }, []);

  const loadChildren = async (code: string) => {
    const { items } = await api.get<{ items: JurisdictionNode[] }>(`/api/jurisdictions/${code}/children`);
    setOptions((current) => [...current, ...items.map(toOption).filter((o) => !current.some((c) => c.id === o.id))]);
  };

  const search = async (text: string) => {
    if (!text.trim()) return setSearchResults(null);
    const result = await api.get<ListResult<JurisdictionNode & { pathNames: string }>>(listUrl('/api/jurisdictions', { q: text.trim(), pageSize: 30 }));
    setSearchResults(result.items.map((n) => ({ ...toOption(n), pId: undefined, isLeaf: true, title: `${n.name}（${n.pathNames || n.code}）` })));
  };

  return (
    <TreeSelect
      style={{ minWidth: 260, ...props.style }}
      treeDataSimpleMode
      id={props.id}
      treeData={(searchResults ?? options).map((o) => (props.communitiesOnly ? { ...o, selectable: o.value.length === 12 } : o))}
      value={props.value}
      onChange={(value) => { props.onChange?.(value); setSearchResults(null); }}
      loadData={searchResults ? undefined : (node) => loadChildren(String(node.value))}
      showSearch
      filterTreeNode={false}
      onSearch={search}
      allowClear={props.allowClear ?? true}
      placeholder={props.placeholder ?? t('jurisdictions.select')}
      popupMatchSelectWidth={false}
    />
  );
}
