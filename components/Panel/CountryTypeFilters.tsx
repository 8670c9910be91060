/** The country and type filters the glossary and the timeline share: two labelled selects, '' meaning all. */
import { COUNTRIES, type Country, ENTRY_TYPES, type EntryType, type ReaderLang } from '@/lib/glossary/vocabulary.ts';
import { UI_STRINGS } from '@/lib/i18n/ui-strings.ts';
import { PANEL_STRINGS } from './strings.ts';

export function CountryTypeFilters(props: {
  lang: ReaderLang;
  country: Country | '';
  type: EntryType | '';
  onCountry: (country: Country | '') => void;
  onType: (type: EntryType | '') => void;
}) {
  const { lang } = props;
  const t = PANEL_STRINGS[lang];
  return (
    <>
      <label>
        <span class="visually-hidden">{t.country}</span>
        <select value={props.country} onChange={(e) => props.onCountry(e.currentTarget.value as Country | '')}>
          <option value="">{t.allCountries}</option>
          {COUNTRIES.map((c) => (
            <option key={c} value={c}>
              {t.countries[c]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span class="visually-hidden">{t.type}</span>
        <select value={props.type} onChange={(e) => props.onType(e.currentTarget.value as EntryType | '')}>
          <option value="">{t.allTypes}</option>
          {ENTRY_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {UI_STRINGS[lang].types[ty]}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
