import type { Db } from '../../platform/db/database';
import { settingDefinitions, type JurisdictionSettingKey } from '../../platform/settings/settings';
import type { JurisdictionNode } from '../jurisdictions/jurisdiction-queries';
import { jurisdictionNames } from '../jurisdictions/jurisdiction-names';
import { rulesInForce } from './rules-in-force';
import { ruleShape } from './rule-shape';

/**
 * The rules at a node, key by key: how each is edited, its default, the value in force, where that
 * comes from (the default, the platform's setting, or the node at or above that set it, named), and
 * the node's own value (null when it inherits).
 */
export async function presentRules(db: Db, node: Pick<JurisdictionNode, 'code' | 'name' | 'level'>, keys: readonly JurisdictionSettingKey[]) {
  const rules = await rulesInForce(db, node.code, keys);
  const names = await jurisdictionNames(db, keys.flatMap((key) => { const s = rules[key].source; return s.from === 'node' ? [s.code] : []; }));
  return {
    jurisdiction: { code: node.code, name: node.name, level: node.level },
    items: keys.map((key) => {
      const { value, source, own } = rules[key];
      return {
        key, shape: ruleShape(key), default: settingDefinitions[key].default, value, own,
        source: source.from === 'node' ? { ...source, name: names.get(source.code) ?? source.code } : source,
      };
    }),
  };
}
