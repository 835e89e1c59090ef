import type { FieldError } from '../../platform/errors';
import type { IndexNode } from './grading.tables';

/** The indicators computed from data (grading/metrics.ts); the rest are scored by the panel. */
export const metricKeys = ['annualReports', 'satisfaction', 'creditStatus', 'partyOrganization', 'leaderPartyMember', 'workReports'] as const;
export type MetricKey = (typeof metricKeys)[number];

export const maxIndexDepth = 3;

export type IndexLeaf = IndexNode & { rule: NonNullable<IndexNode['rule']> };

/** The scored indicators (leaves), in order. */
export function indexLeaves(tree: IndexNode[]): IndexLeaf[] {
  return tree.flatMap((node) => (node.children?.length ? indexLeaves(node.children) : [node as IndexLeaf]));
}

export function manualLeaves(tree: IndexNode[]): IndexLeaf[] {
  return indexLeaves(tree).filter((leaf) => leaf.rule.kind === 'manual');
}

export function metricLeaves(tree: IndexNode[]): (IndexLeaf & { rule: { kind: 'metric'; metric: MetricKey } })[] {
  return indexLeaves(tree).filter((leaf): leaf is IndexLeaf & { rule: { kind: 'metric'; metric: MetricKey } } => leaf.rule.kind === 'metric');
}

const sum = (nodes: IndexNode[]) => nodes.reduce((s, n) => s + n.points, 0);

/**
 * What is wrong with an edited index, as field errors on the tree's paths (`tree.0.children.1.points`):
 * the top level must add up to the total and each inner node to its children's sum, keys are unique,
 * a leaf says how it is scored, a computed indicator appears once, and the tree is at most three deep.
 */
export function indexTreeErrors(tree: IndexNode[], totalPoints: number): FieldError[] {
  const errors: FieldError[] = [];
  const keys = new Set<string>();
  const metrics = new Set<string>();
  if (sum(tree) !== totalPoints) errors.push({ path: 'totalPoints', key: 'indexTotalMismatch', params: { sum: sum(tree), total: totalPoints } });
  const visit = (nodes: IndexNode[], path: string, depth: number) => nodes.forEach((node, i) => {
    const at = `${path}.${i}`;
    if (keys.has(node.key)) errors.push({ path: `${at}.key`, key: 'indexKeyDuplicate', params: { key: node.key } });
    keys.add(node.key);
    if (node.children?.length) {
      if (depth >= maxIndexDepth) errors.push({ path: `${at}.children`, key: 'indexTooDeep', params: { depth: maxIndexDepth } });
      if (sum(node.children) !== node.points) {
        errors.push({ path: `${at}.points`, key: 'indexChildrenMismatch', params: { name: node.name, sum: sum(node.children), points: node.points } });
      }
      visit(node.children, `${at}.children`, depth + 1);
    } else if (!node.rule) {
      errors.push({ path: `${at}.rule`, key: 'indexRuleRequired', params: { name: node.name } });
    } else if (node.rule.kind === 'metric') {
      if (metrics.has(node.rule.metric)) errors.push({ path: `${at}.rule`, key: 'indexMetricRepeated', params: { name: node.name } });
      metrics.add(node.rule.metric);
    }
  });
  visit(tree, 'tree', 1);
  return errors;
}

/** The tree as stored: inner nodes carry no rule. */
export function normalizeIndexTree(tree: IndexNode[]): IndexNode[] {
  return tree.map(({ key, name, points, rule, children }) =>
    (children?.length ? { key, name, points, children: normalizeIndexTree(children) } : { key, name, points, rule }));
}
