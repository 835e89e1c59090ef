import { useTranslation } from 'react-i18next';

type Entry = { code: string; labelZh: string; labelEn: string };

/** Dictionary words as tick boxes a thumb can hit (skills, service interests). */
export function ChoiceGroup({ legend, entries, value, onChange, error, name }: {
  legend: string; entries: Entry[]; value: string[]; onChange: (codes: string[]) => void; error?: string; name: string;
}) {
  const { i18n } = useTranslation();
  const toggle = (code: string, on: boolean) => onChange(on ? [...value, code] : value.filter((c) => c !== code));
  return (
    <fieldset className="choice-group" aria-invalid={Boolean(error)}>
      <legend>{legend}</legend>
      <div className="choices">
        {entries.map((entry) => (
          <label key={entry.code} className="choice">
            <input type="checkbox" name={name} value={entry.code} checked={value.includes(entry.code)} onChange={(e) => toggle(entry.code, e.target.checked)} />
            <span>{i18n.language === 'en' ? entry.labelEn : entry.labelZh}</span>
          </label>
        ))}
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
