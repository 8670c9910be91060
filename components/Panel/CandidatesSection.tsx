/**
 * "Not in the glossary": the names of the page that the glossary lacks and that look Central Asian (discovery,
 * lib/discovery, in the panel's worker), best first, with counts and the sentences they occur in. Asked for with a
 * button, never on opening the panel (the language model loads only then); marked as what they are, guesses
 * outside the glossary, and never highlighted on the page. Each can become one of the reader's own entries.
 */
import type { ReaderLang } from '@/lib/glossary/vocabulary.ts';
import { PANEL_STRINGS } from './strings.ts';
import type { Candidates } from './use-candidates.ts';

export function CandidatesSection(props: {
  lang: ReaderLang;
  page: { readonly url: string; readonly lang: string };
  candidates: Candidates;
  onAddEntry: (name: string, sentence: string | undefined) => void;
}) {
  const { lang, page, candidates, onAddEntry } = props;
  const t = PANEL_STRINGS[lang];
  // What was found or asked on another page (the tab or its page changed since) is not this page's.
  const state = candidates.state.status !== 'idle' && candidates.state.url === page.url ? candidates.state : undefined;
  const result = state?.status === 'done' ? state.result : undefined;
  const number = (n: number) => new Intl.NumberFormat(lang).format(n);
  const pageLang = page.lang || undefined;
  return (
    <section class="candidates" aria-labelledby="candidates-title">
      <h2 id="candidates-title">{t.notInGlossary}</h2>
      <p class="hint">{t.candidatesIntro}</p>
      <button
        type="button"
        class="find-candidates"
        disabled={state?.status === 'loading'}
        onClick={() => candidates.find(page.url)}
      >
        {result ? t.findAgain : t.findCandidates}
      </button>
      <div role="status" class="candidates-status">
        {state?.status === 'loading' && <p aria-busy="true">{t.candidatesLoading}</p>}
        {result && (
          <p>{result.suggestions.length === 0 ? t.noCandidates : t.candidatesFound(result.suggestions.length)}</p>
        )}
      </div>
      {state?.status === 'failed' && (
        <p role="alert" class="problems">
          {t.candidatesFailed} {state.error}
        </p>
      )}
      {result && result.suggestions.length > 0 && (
        <ol class="candidate-list">
          {result.suggestions.map((s) => (
            <li key={s.text} class="candidate" data-candidate={s.text}>
              <details>
                <summary>
                  <span class="candidate-name" lang={pageLang}>
                    {s.text}
                  </span>{' '}
                  <span class="badge">{t.occurrences(s.count)}</span>
                </summary>
                <ul class="candidate-sentences">
                  {s.sentences.map((sentence) => (
                    <li key={sentence} lang={pageLang}>
                      <NameIn sentence={sentence} name={s.text} />
                    </li>
                  ))}
                </ul>
              </details>
              <button type="button" class="add-entry" onClick={() => onAddEntry(s.text, s.sentences[0])}>
                {t.addAsEntry}
                <span class="visually-hidden">: {s.text}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {result && (
        <p class="cost">
          {result.truncated && `${t.candidatesTruncated(number(result.chars))} `}
          {t.candidatesCost(
            number(result.chars),
            Math.round(result.readMs),
            result.loadMs === null ? null : Math.round(result.loadMs),
          )}
        </p>
      )}
    </section>
  );
}

/** The sentence with the name's first occurrence marked (unlike a term's mark: it is no glossary term). */
function NameIn({ sentence, name }: { sentence: string; name: string }) {
  const at = sentence.indexOf(name);
  if (at < 0) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <mark class="unlisted">{name}</mark>
      {sentence.slice(at + name.length)}
    </>
  );
}
