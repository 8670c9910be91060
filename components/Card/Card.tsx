/** The card: what a reader sees on hovering a term. Plain text only: entry data is never parsed as HTML. */
import type { CardState } from '@/lib/cards/card-state.ts';
import type { EntryBody } from '@/lib/glossary/entry-body.ts';
import type { ReaderLang } from '@/lib/glossary/vocabulary.ts';
import { formatIsoDate, UI_STRINGS } from '@/lib/i18n/ui-strings.ts';

interface CardProps {
  readonly state: CardState;
  readonly lang: ReaderLang;
  readonly onClose: () => void;
}

const TITLE_ID = 'steppe-lens-card-title';

export function Card({ state, lang, onClose }: CardProps) {
  const t = UI_STRINGS[lang];
  return (
    <div class="card" role="dialog" aria-labelledby={TITLE_ID} tabIndex={-1}>
      <button type="button" class="close" aria-label={t.close} title={t.close} onClick={onClose}>
        ×
      </button>
      {state.status === 'ready' ? (
        <CardBody body={state.body} lang={lang} />
      ) : (
        <h2 id={TITLE_ID} class="title">
          {state.status === 'loading' ? t.loading : t.unavailable}
        </h2>
      )}
    </div>
  );
}

function CardBody({ body, lang }: { body: EntryBody; lang: ReaderLang }) {
  const t = UI_STRINGS[lang];
  const native = Object.entries(body.native ?? {});
  const nativeNames = [...new Set(native.map(([, name]) => name))].filter((n) => n !== body.title[lang]);
  return (
    <>
      <p class="type">{t.types[body.type]}</p>
      <h2 id={TITLE_ID} class="title">
        {body.title[lang]}
        {nativeNames.length > 0 && <span class="native"> · {nativeNames.join(' · ')}</span>}
      </h2>
      <p class="summary">{body.summary[lang]}</p>
      {body.asOf && <p class="as-of">{t.asOf(formatIsoDate(body.asOf, lang))}</p>}
      {body.dates.length > 0 && (
        <section aria-label={t.dates}>
          <h3>{t.dates}</h3>
          <ul class="dates">
            {[...body.dates]
              .sort((a, b) => a.date.localeCompare(b.date))
              .map((d) => (
                <li key={d.date + d.label.en}>
                  <time dateTime={d.date}>{formatIsoDate(d.date, lang)}</time> — {d.label[lang]}
                </li>
              ))}
          </ul>
        </section>
      )}
      {body.related.length > 0 && (
        <p class="related">
          <span class="label">{t.related}:</span> {body.related.map((r) => r.title[lang]).join(', ')}
        </p>
      )}
      <section aria-label={t.sources}>
        <h3>{t.sources}</h3>
        <ul class="sources">
          {body.sources.map((s) => (
            <li key={s.url}>
              <a href={safeHttps(s.url)} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** Only https links leave the card, whatever the data says (the build checks it too). */
function safeHttps(url: string): string | undefined {
  return url.startsWith('https://') ? url : undefined;
}
