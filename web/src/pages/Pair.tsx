/**
 * Actor pair: the cooperation/conflict series between two actors with a hand-made SVG chart;
 * each bucket is a button that lists the events behind it.
 */
import { useEffect, useState } from 'preact/hooks';
import { API, BUCKETS, relationSeriesD, toQueryString, type RelationSeries } from '../../../src/api/index.js';
import { useApi } from '../api.js';
import { ActorLink } from '../components/Actor.js';
import { EventList } from '../components/EventList.js';
import { Load } from '../components/Status.js';
import { useT } from '../i18n.js';
import { links } from '../router.js';

function SeriesChart({ series, selected, onSelect }: { series: RelationSeries; selected: string | null; onSelect: (p: string) => void }) {
  const t = useT();
  const pts = series.points;
  if (pts.length === 0) return <p class="muted">{t('none')}</p>;
  const w = 720;
  const h = 220;
  const pad = 30;
  const mid = h / 2;
  const max = Math.max(1, ...pts.map((p) => Math.max(p.cooperation, p.conflict)));
  const scale = (v: number): number => ((mid - pad) * v) / max;
  const bw = Math.min(60, (w - pad * 2) / pts.length);
  const x0 = (i: number): number => pad + i * ((w - pad * 2) / pts.length) + ((w - pad * 2) / pts.length - bw) / 2;
  const line = pts.map((p, i) => `${x0(i) + bw / 2},${mid - scale(p.net)}`).join(' ');
  return (
    <svg class="chart series" viewBox={`0 0 ${w} ${h}`} role="group" aria-label={t('chartLabel')}>
      <line x1={pad} y1={mid} x2={w - pad} y2={mid} class="axis" />
      <text x={4} y={pad} class="tick">+{max.toFixed(0)}</text>
      <text x={4} y={h - pad + 10} class="tick">−{max.toFixed(0)}</text>
      {pts.map((p, i) => (
        <g
          key={p.period}
          class={`point${selected === p.period ? ' selected' : ''}`}
          role="button"
          // lower case: preact sets SVG attributes by name, and SVG attribute names are case-sensitive
          tabindex={0}
          aria-pressed={selected === p.period}
          aria-label={`${p.period}: ${t('cooperation')} ${p.cooperation.toFixed(1)}, ${t('conflict')} ${p.conflict.toFixed(1)}, ${t('periodEvents', { count: p.count })}`}
          data-period={p.period}
          onClick={() => onSelect(p.period)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              onSelect(p.period);
            }
          }}
        >
          <rect class="hit" x={x0(i) - 2} y={pad - 4} width={bw + 4} height={h - 2 * pad + 8} />
          <rect class="coop-bar" x={x0(i)} y={mid - scale(p.cooperation)} width={bw} height={scale(p.cooperation)} />
          <rect class="confl-bar" x={x0(i)} y={mid} width={bw} height={scale(p.conflict)} />
          <text x={x0(i) + bw / 2} y={h - 6} class="tick" text-anchor="middle">{p.period}</text>
          <title>{`${p.period}: +${p.cooperation.toFixed(1)} / −${p.conflict.toFixed(1)} (${p.count})`}</title>
        </g>
      ))}
      {pts.length > 1 && <polyline points={line} class="net-line" />}
    </svg>
  );
}

function SeriesView({ series }: { series: RelationSeries }) {
  const t = useT();
  const [selected, setSelected] = useState<string | null>(null);
  const byId = new Map(series.events.map((e) => [e.id, e]));
  const point = series.points.find((p) => p.period === selected);
  const shown = point ? point.eventIds.flatMap((id) => byId.get(id) ?? []) : series.events;
  return (
    <>
      <h2>
        <ActorLink actor={series.a} /> ⇄ <ActorLink actor={series.b} />
      </h2>
      <p class="legend small">
        <span class="coop">■ {t('cooperation')}</span> <span class="confl">■ {t('conflict')}</span> <span>— {t('net')}</span>
      </p>
      <SeriesChart series={series} selected={selected} onSelect={(p) => setSelected(p === selected ? null : p)} />
      <p class="muted small">{t('selectPoint')}</p>
      <h3 id="pair-events">{point ? t('eventsBehind', { period: point.period }) : t('allEvents')}</h3>
      <EventList events={shown} />
    </>
  );
}

/** The pair page; actors and bucket come from the URL. */
export function PairPage({ a, b, by }: { a: string; b: string; by: string }) {
  const t = useT();
  const [form, setForm] = useState({ a, b, by });
  useEffect(() => setForm({ a, b, by }), [a, b, by]);
  const bucket = (BUCKETS as readonly string[]).includes(by) ? by : 'month';
  const path = a && b ? `${API.relations}${toQueryString({ a, b, by: bucket })}` : null;
  const value = useApi(path, relationSeriesD);
  return (
    <div>
      <h1>{t('pairTitle')}</h1>
      <form
        class="filters"
        onSubmit={(ev) => {
          ev.preventDefault();
          location.hash = links.pair(form.a.trim(), form.b.trim(), form.by);
        }}
      >
        <label>{t('actorA')} <input value={form.a} required onInput={(e) => setForm({ ...form, a: e.currentTarget.value })} /></label>
        <label>{t('actorB')} <input value={form.b} required onInput={(e) => setForm({ ...form, b: e.currentTarget.value })} /></label>
        <label>
          {t('bucket')}{' '}
          <select value={form.by} onChange={(e) => setForm({ ...form, by: e.currentTarget.value })}>
            {BUCKETS.map((x) => <option key={x} value={x}>{t(x)}</option>)}
          </select>
        </label>
        <button type="submit">{t('show')}</button>
      </form>
      {path !== null && <Load value={value}>{(s) => <SeriesView series={s} />}</Load>}
    </div>
  );
}
