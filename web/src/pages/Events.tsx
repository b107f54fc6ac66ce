/** Events: every stored event with the CLI's filters (actor, target, type, time, modality), paginated. */
import { useEffect, useState } from 'preact/hooks';
import { API, eventItemD, MODALITIES, pageD, PLOVER_TYPES, toQueryString } from '../../../src/api/index.js';
import { useApi } from '../api.js';
import { EventList } from '../components/EventList.js';
import { Pager } from '../components/Pager.js';
import { Load } from '../components/Status.js';
import { useT } from '../i18n.js';
import { links, type EventFilter } from '../router.js';

const pageOfEvents = pageD(eventItemD);
const LIMIT = 50;

/** The events page; the filter lives in the URL. */
export function EventsPage({ filter, offset }: { filter: EventFilter; offset: number }) {
  const t = useT();
  const [form, setForm] = useState<EventFilter>(filter);
  useEffect(() => setForm(filter), [filter.actor, filter.target, filter.type, filter.from, filter.to, filter.modality]);
  const value = useApi(`${API.events}${toQueryString({ ...filter, limit: LIMIT, offset })}`, pageOfEvents);
  const field = (k: keyof EventFilter) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value });
  return (
    <div>
      <h1>{t('events')}</h1>
      <form
        class="filters"
        onSubmit={(ev) => {
          ev.preventDefault();
          location.hash = links.events(form);
        }}
      >
        <label>{t('actorEither')} <input value={form.actor ?? ''} onInput={field('actor')} /></label>
        <label>{t('target')} <input value={form.target ?? ''} onInput={field('target')} /></label>
        <label>
          {t('type')}{' '}
          <select value={form.type ?? ''} onChange={field('type')}>
            <option value="">{t('allTypes')}</option>
            {PLOVER_TYPES.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
        <label>{t('from')} <input type="date" value={form.from ?? ''} onInput={field('from')} /></label>
        <label>{t('to')} <input type="date" value={form.to ?? ''} onInput={field('to')} /></label>
        <label>
          {t('modality')}{' '}
          <select value={form.modality ?? ''} onChange={field('modality')}>
            <option value="">–</option>
            {MODALITIES.map((m) => <option key={m} value={m}>{m}</option>)}
          </select>
        </label>
        <button type="submit">{t('apply')}</button>
        <a href={links.events({})}>{t('reset')}</a>
      </form>
      <Load value={value}>
        {(page) => (
          <>
            <EventList events={page.items} />
            <Pager total={page.total} limit={page.limit} offset={page.offset} link={(o) => links.events(filter, o)} />
          </>
        )}
      </Load>
    </div>
  );
}
