import type { IndexNode } from './gradingTypes';

/** Editing helpers for the index tree: nodes addressed by their path of indexes from the top. */
export type NodePath = number[];

export function updateAt(tree: IndexNode[], path: NodePath, change: (node: IndexNode) => IndexNode | null): IndexNode[] {
  const [head, ...rest] = path;
  return tree.flatMap((node, i) => {
    if (i !== head) return [node];
    if (!rest.length) {
      const changed = change(node);
      return changed ? [changed] : [];
    }
    return [{ ...node, children: updateAt(node.children ?? [], rest, change) }];
  });
}

/** An inner node is worth the sum of its children, all the way up. */
export function withSums(tree: IndexNode[]): IndexNode[] {
  return tree.map((node) => {
    if (!node.children?.length) return { ...node, children: undefined };
    const children = withSums(node.children);
    return { ...node, children, points: children.reduce((s, c) => s + c.points, 0), rule: undefined };
  });
}

export const newNode = (name: string): IndexNode => ({
  key: `k${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`, name, points: 10, rule: { kind: 'manual' },
});
