import { z } from 'zod';
import type { FieldError } from '../../platform/errors';
import { settingDefinitions, type JurisdictionSettingKey } from '../../platform/settings/settings';

/**
 * How a per-place rule is edited, read from its schema: a whole number in a range, a choice among
 * options, or a percentage per service type (the record-typed rules).
 */
export type RuleShape =
  | { type: 'integer'; min: number; max: number }
  | { type: 'options'; options: string[] }
  | { type: 'percentByServiceType'; min: number; max: number };

const range = (schema: z.ZodNumber) => ({ min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER });

export function ruleShape(key: JurisdictionSettingKey): RuleShape {
  const schema: z.ZodType = settingDefinitions[key].schema;
  if (schema instanceof z.ZodNumber) return { type: 'integer', ...range(schema) };
  if (schema instanceof z.ZodArray && schema.element instanceof z.ZodEnum) return { type: 'options', options: (schema.element.options as string[]).map(String) };
  if (schema instanceof z.ZodRecord && schema.valueType instanceof z.ZodNumber) return { type: 'percentByServiceType', ...range(schema.valueType) };
  throw new Error(`rule ${key} has no editable shape`);
}

const isWholeIn = (value: unknown, { min, max }: { min: number; max: number }) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/**
 * What is wrong with a value for a rule, as field errors under `value` in words a clerk can act on
 * (a percentage is checked per service type, against the service types that exist); none when the
 * rule's schema takes it.
 */
export function ruleValueErrors(key: JurisdictionSettingKey, value: unknown, serviceTypes: ReadonlySet<string>): FieldError[] {
  const shape = ruleShape(key);
  if (shape.type === 'integer') return isWholeIn(value, shape) ? [] : [{ path: 'value', key: 'ruleInteger', params: shape }];
  if (shape.type === 'options') {
    return Array.isArray(value) && value.every((v) => shape.options.includes(v)) ? [] : [{ path: 'value', key: 'ruleOptions' }];
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [{ path: 'value', key: 'rulePercent', params: shape }];
  return Object.entries(value).flatMap(([code, percent]): FieldError[] => {
    if (!serviceTypes.has(code)) return [{ path: `value.${code}`, key: 'ruleServiceTypeUnknown', params: { code } }];
    return isWholeIn(percent, shape) ? [] : [{ path: `value.${code}`, key: 'rulePercent', params: shape }];
  });
}
