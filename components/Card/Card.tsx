/** The card: what a reader sees on hovering a term. Plain text only: entry data is never parsed as HTML. */
import type { CardState } from '@/lib/cards/card-state.ts';
import type { EntryBody } from '@/lib/glossary/entry-body.ts';
import type { ReaderLang } from '@/lib/glossary/vocabulary.ts';
import { UI_STRINGS } from '@/lib/i18n/ui-strings.ts';
import { KeyDates } from './KeyDates.tsx';

interface CardProps {
  readonly state: CardState;
  readonly lang: ReaderLang;
  readonly onClose: () => void;
  /** Related entries become links that open the related card in place (the host keeps the trail for `onBack`). */
  readonly onNavigate?: (id: string) => void;
  /** Shown as a back button when the card was reached through a related link. */
  readonly onBack?: () => void;
  /** A pinned card stays open while the reader scrolls or hovers elsewhere; `onPin` toggles it. */
  readonly pinned?: boolean;
  readonly onPin?: () => void;
  /** Shows the entry in the side panel. */
  readonly onOpenInPanel?: (id: string) => void;
}

const TITLE_ID = 'steppe-lens-card-title';

export function Card(props: CardProps) {
  const { state, lang, onClose, onBack, onPin, onOpenInPanel } = props;
  const t = UI_STRINGS[lang];
  return (
    <div class="card" role="dialog" aria-labelledby={TITLE_ID} tabIndex={-1}>
      <div class="tools">
        {onBack && (
          <button type="button" class="back" onClick={onBack}>
            ← {t.back}
          </button>
        )}
        {onPin && (
          <button type="button" class="pin" aria-pressed={props.pinned === true} title={t.pin} onClick={onPin}>
            <span aria-hidden="true">📌</span>
            <span class="visually-hidden">{t.pin}</span>
          </button>
        )}
        <button type="button" class="close" aria-label={t.close} title={t.close} onClick={onClose}>
          ×
        </button>
      </div>
      {state.status === 'ready' ? (
        <CardBody body={state.body} lang={lang} onNavigate={props.onNavigate} />
      ) : (
        <h2 id={TITLE_ID} class="title">
          {state.status === 'loading' ? t.loading : t.unavailable}
        </h2>
      )}
      {state.status === 'ready' && onOpenInPanel && (
        <button type="button" class="open-in-panel" onClick={() => onOpenInPanel(state.body.id)}>
          {t.openInPanel}
        </button>
      )}
    </div>
  );
}

function CardBody(props: { body: EntryBody; lang: ReaderLang; onNavigate: ((id: string) => void) | undefined }) {
  const { body, lang, onNavigate } = props;
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
      <KeyDates body={body} lang={lang} />
      {body.related.length > 0 && (
        <p class="related">
          <span class="label">{t.related}:</span>{' '}
          {onNavigate
            ? body.related.map((r, i) => (
                <span key={r.id}>
                  {i > 0 && ', '}
                  <button type="button" class="related-link" data-related={r.id} onClick={() => onNavigate(r.id)}>
                    {r.title[lang]}
                  </button>
                </span>
              ))
            : body.related.map((r) => r.title[lang]).join(', ')}
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
