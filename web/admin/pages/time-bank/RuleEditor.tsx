import { InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PercentByServiceTypeEditor, usePercentText } from './PercentByServiceType';
import type { RuleShape, RuleValue } from './timeBankTypes';

/** A rule's value in words: a number, the relations chosen, or the percentages per service type. */
export function useRuleText() {
  const { t } = useTranslation();
  const percentText = usePercentText();
  return (shape: RuleShape, value: RuleValue) => {
    if (shape.type === 'options') return (value as string[]).map((v) => t(`timeBank.relations.${v}`, { defaultValue: v })).join('、') || t('timeBank.rules.none');
    if (shape.type === 'percentByServiceType') return percentText(value as Record<string, number>);
    return String(value);
  };
}

/** Edits a rule's value by its shape. */
export function RuleEditor({ shape, value, onChange, label }: { shape: RuleShape; value: RuleValue; onChange(next: RuleValue): void; label: string }) {
  const { t } = useTranslation();
  if (shape.type === 'integer') {
    return <InputNumber min={shape.min} max={shape.max} precision={0} value={value as number} onChange={(next) => next !== null && onChange(next)} aria-label={label} />;
  }
  if (shape.type === 'options') {
    return (
      <Select mode="multiple" style={{ width: '100%', minWidth: 280 }} value={value as string[]} onChange={(next: string[]) => onChange(next)} aria-label={label}
        options={shape.options.map((o) => ({ value: o, label: t(`timeBank.relations.${o}`, { defaultValue: o }) }))} />
    );
  }
  return <PercentByServiceTypeEditor value={value as Record<string, number>} onChange={onChange} max={shape.max} />;
}
