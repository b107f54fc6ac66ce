/** Actor page: names in every language, roles with dates, timeline, quotes, relations. */
import { entityDetailD, entityPath } from '../../../src/api/index.js';
import { useApi } from '../api.js';
import { EventList } from '../components/EventList.js';
import { PairTable } from '../components/Pairs.js';
import { QuoteList } from '../components/Quotes.js';
import { Load } from '../components/Status.js';
import { Timeline } from '../components/Timeline.js';
import { useT } from '../i18n.js';
import { links } from '../router.js';

/** The actor page. */
export function ActorPage({ id }: { id: string }) {
  const t = useT();
  const value = useApi(entityPath(id), entityDetailD);
  return (
    <Load value={value}>
      {(e) => (
        <div class="actor-page">
          <h1>
            {e.name} <span class={`badge type-${e.type}`}>{e.type}</span>
          </h1>
          <p class="muted">
            {e.documents} {t('documents')} · {e.mentions} {t('mentions')} · {e.events} {t('events')} · {e.quotes} {t('quotes')}
            {e.wikidata ? <> · Wikidata <code>{e.wikidata}</code></> : null}
          </p>
          <div class="grid2">
            <section aria-labelledby="h-names">
              <h2 id="h-names">{t('names')}</h2>
              <table class="names">
                <thead>
                  <tr><th scope="col">{t('names')}</th><th scope="col">{t('languages')}</th><th scope="col" class="num">{t('seen')}</th></tr>
                </thead>
                <tbody>
                  {e.names.map((n) => (
                    <tr key={n.text}><td>{n.text}</td><td>{n.languages.join(', ')}</td><td class="num">{n.count}×</td></tr>
                  ))}
                </tbody>
              </table>
              {e.descriptions.length > 0 && (
                <>
                  <h3>{t('descriptions')}</h3>
                  <p>{e.descriptions.map((d) => `${d.text} (${d.languages.join(', ')})`).join(' · ')}</p>
                </>
              )}
            </section>
            <section aria-labelledby="h-roles">
              <h2 id="h-roles">{t('roles')}</h2>
              {e.roles.length === 0 ? <p class="muted">{t('none')}</p> : (
                <ul class="roles">
                  {e.roles.map((r, i) => (
                    <li key={i}>
                      <strong>{r.role}</strong>
                      {r.of ? <> — <a href={links.actor(r.of)}>{r.of}</a></> : null}
                      {r.from ? ` · ${t('since')} ${r.from}` : ''}
                      {r.to ? ` · ${t('until')} ${r.to}` : ''}
                      <span class="muted small"> ({r.source}, <a href={links.doc(r.docId)}>{r.docId}</a>)</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
          <section aria-labelledby="h-timeline">
            <h2 id="h-timeline">{t('timeline')}</h2>
            <p class="small"><a href={links.events({ actor: e.id })}>{t('allActorEvents')}</a></p>
            <Timeline actorId={e.id} events={e.timeline} />
            <EventList events={e.timeline} />
          </section>
          <section aria-labelledby="h-rel">
            <h2 id="h-rel">{t('relations')}</h2>
            <PairTable pairs={e.relations} self={e.id} />
          </section>
          <div class="grid2">
            <section aria-labelledby="h-qby">
              <h2 id="h-qby">{t('quotesBy')}</h2>
              <QuoteList quotes={e.quotesBy} />
            </section>
            <section aria-labelledby="h-qabout">
              <h2 id="h-qabout">{t('quotesAbout')}</h2>
              <QuoteList quotes={e.quotesAbout} />
            </section>
          </div>
          <section aria-labelledby="h-docs">
            <h2 id="h-docs">{t('documents')}</h2>
            <ul>
              {e.documentRefs.map((d) => (
                <li key={d.id}><a href={links.doc(d.id)}>{d.title ?? d.id}</a> <span class="muted small">{d.published ?? ''} {d.language}</span></li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </Load>
  );
}
