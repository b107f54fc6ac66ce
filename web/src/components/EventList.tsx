/** A list of events, each with its actors and a link to its evidence in the article. */
import type { EventItem } from '../../../src/api/index.js';
import { useT } from '../i18n.js';
import { links } from '../router.js';
import { ActorLink, TypeBadge } from './Actor.js';

/** One event line: date, type, source → target, trigger and the evidence link. */
export function EventRow({ event, highlight }: { event: EventItem; highlight?: string | undefined }) {
  const t = useT();
  const first = event.reports[0];
  const rest = event.reports.length - 1;
  return (
    <li class={`event${highlight === undefined ? '' : ` event-${highlight}`}`} data-event-id={event.id}>
      <div class="event-head">
        <span class="date">{event.date ?? event.day ?? '—'}</span>
        <TypeBadge type={event.type} quad={event.quad} />
        <ActorLink actor={event.source} />
        <span aria-hidden="true"> → </span>
        <ActorLink actor={event.target} />
        {event.modality !== 'asserted' && <span class="modality">({event.modality})</span>}
      </div>
      {first && (
        <div class="event-evidence">
          <a class="evidence-link" href={links.doc(first.doc.id, { event: first.index })} title={t('showEvidence')}>
            „{first.evidence.length > 220 ? first.evidence.slice(0, 220) + '…' : first.evidence}“
          </a>
          <span class="muted small">
            {' '}— {first.doc.title ?? first.doc.id}
            {first.doc.published ? `, ${first.doc.published}` : ''}
            {rest > 0 ? ` (+${rest} ${t('moreReports')})` : ''}
          </span>
        </div>
      )}
    </li>
  );
}

/** A list of events (or "None"). */
export function EventList({ events }: { events: readonly EventItem[] }) {
  const t = useT();
  if (events.length === 0) return <p class="muted">{t('none')}</p>;
  return (
    <ul class="events">
      {events.map((e) => (
        <EventRow key={e.id} event={e} />
      ))}
    </ul>
  );
}
