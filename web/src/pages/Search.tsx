/** Search across documents, entities and quotes. */
import { useEffect, useState } from 'preact/hooks';
import { API, searchResultD, toQueryString } from '../../../src/api/index.js';
import { useApi } from '../api.js';
import { ActorLink } from '../components/Actor.js';
import { Load } from '../components/Status.js';
import { useT } from '../i18n.js';
import { links } from '../router.js';

/** Renders a snippet whose matches are wrapped in [ ] as <mark>. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]*\])/);
  return (
    <>
      {parts.map((p, i) => (p.startsWith('[') && p.endsWith(']') ? <mark key={i}>{p.slice(1, -1)}</mark> : p))}
    </>
  );
}

/** The search page; the query lives in the URL. */
export function SearchPage({ q }: { q: string }) {
  const t = useT();
  const [input, setInput] = useState(q);
  useEffect(() => setInput(q), [q]);
  const value = useApi(q ? `${API.search}${toQueryString({ q, limit: 20 })}` : null, searchResultD);
  return (
    <div>
      <h1>{t('navSearch')}</h1>
      <form
        class="filters"
        role="search"
        onSubmit={(ev) => {
          ev.preventDefault();
          location.hash = links.search(input.trim());
        }}
      >
        <label class="grow">
          <span class="sr-only">{t('searchLabel')}</span>
          <input type="search" name="q" value={input} placeholder={t('searchPlaceholder')} aria-label={t('searchLabel')} onInput={(e) => setInput(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('searchButton')}</button>
      </form>
      {q && (
        <Load value={value}>
          {(r) => (
            <div class="grid3 search-results">
              <section aria-labelledby="h-sent">
                <h2 id="h-sent">{t('entities')} ({r.totals.entities})</h2>
                {r.entities.length === 0 ? <p class="muted">{t('noResults')}</p> : (
                  <ul>
                    {r.entities.map((e) => (
                      <li key={e.id}><ActorLink actor={e} /> <span class="muted small">{e.type} · {e.events} {t('events')}</span></li>
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby="h-sdoc">
                <h2 id="h-sdoc">{t('documents')} ({r.totals.documents})</h2>
                {r.documents.length === 0 ? <p class="muted">{t('noResults')}</p> : (
                  <ul>
                    {r.documents.map((h) => (
                      <li key={h.doc.id}>
                        <a href={links.doc(h.doc.id)}>{h.doc.title ?? h.doc.id}</a>
                        <div class="small"><Snippet text={h.snippet} /></div>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby="h-squote">
                <h2 id="h-squote">{t('quotes')} ({r.totals.quotes})</h2>
                {r.quotes.length === 0 ? <p class="muted">{t('noResults')}</p> : (
                  <ul>
                    {r.quotes.map((h, i) => (
                      <li key={h.quoteId ?? i}>
                        <a href={links.doc(h.doc.id)}><Snippet text={h.snippet} /></a>
                        <div class="small">{h.speaker ? <ActorLink actor={h.speaker} /> : <span class="muted">{t('unknownSpeaker')}</span>}</div>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </div>
          )}
        </Load>
      )}
    </div>
  );
}
