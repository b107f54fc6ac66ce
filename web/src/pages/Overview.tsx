/** Overview: counts, the most active actors, latest events, events per day, strongest pairs. */
import { API, overviewD } from '../../../src/api/index.js';
import { useApi } from '../api.js';
import { ActorLink } from '../components/Actor.js';
import { DayBars } from '../components/DayBars.js';
import { EventList } from '../components/EventList.js';
import { PairTable } from '../components/Pairs.js';
import { Load } from '../components/Status.js';
import { useT } from '../i18n.js';

/** The overview page. */
export function OverviewPage() {
  const t = useT();
  const value = useApi(`${API.overview}?top=10&days=90`, overviewD);
  return (
    <Load value={value}>
      {(o) => (
        <div class="overview">
          <h1>{t('navOverview')}</h1>
          <ul class="stats" aria-label={t('navOverview')}>
            <li><strong>{o.documents}</strong> {t('documents')}</li>
            <li><strong>{o.entities}</strong> {t('entities')}</li>
            <li><strong>{o.events}</strong> {t('events')}</li>
            <li><strong>{o.reports}</strong> {t('reports')}</li>
            <li><strong>{o.quotes}</strong> {t('quotes')}</li>
          </ul>
          {o.documents === 0 && <p class="muted">{t('noData')}</p>}
          <div class="grid2">
            <section aria-labelledby="h-top">
              <h2 id="h-top">{t('topActors')}</h2>
              {o.topActors.length === 0 ? <p class="muted">{t('none')}</p> : (
                <ol class="top-actors">
                  {o.topActors.map((a) => (
                    <li key={a.entity.id}>
                      <ActorLink actor={a.entity} /> <span class="muted">{a.events} {t('events')}</span>
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <section aria-labelledby="h-days">
              <h2 id="h-days">{t('eventsPerDay')}</h2>
              <DayBars days={o.eventsPerDay} />
            </section>
          </div>
          <section aria-labelledby="h-latest">
            <h2 id="h-latest">{t('latestEvents')}</h2>
            <EventList events={o.latestEvents} />
          </section>
          <div class="grid2">
            <section aria-labelledby="h-coop">
              <h2 id="h-coop">{t('cooperativePairs')}</h2>
              <PairTable pairs={o.cooperativePairs} />
            </section>
            <section aria-labelledby="h-confl">
              <h2 id="h-confl">{t('conflictualPairs')}</h2>
              <PairTable pairs={o.conflictualPairs} />
            </section>
          </div>
        </div>
      )}
    </Load>
  );
}
