/** An entry's "as of" line and key dates, in date order: the card and the side panel's entry view show them alike. */
import type { EntryBody } from '@/lib/glossary/entry-body.ts';
import type { ReaderLang } from '@/lib/glossary/vocabulary.ts';
import { formatIsoDate, UI_STRINGS } from '@/lib/i18n/ui-strings.ts';

export function KeyDates({ body, lang }: { body: EntryBody; lang: ReaderLang }) {
  const t = UI_STRINGS[lang];
  return (
    <>
      {body.asOf && <p class="as-of">{t.asOf(formatIsoDate(body.asOf, lang))}</p>}
      {body.dates.length > 0 && (
        <section aria-label={t.dates}>
          <h3>{t.dates}</h3>
          <ul class="dates">
            {[...body.dates]
              // ISO dates sort as plain strings; localeCompare would set up a collator in the card's first task.
              .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
              .map((d) => (
                <li key={d.date + d.label.en}>
                  <time dateTime={d.date}>{formatIsoDate(d.date, lang)}</time> — {d.label[lang]}
                </li>
              ))}
          </ul>
        </section>
      )}
    </>
  );
}
