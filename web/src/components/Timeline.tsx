/** A hand-made SVG timeline: an actor's events as source (upper row) and as target (lower row). */
import type { EventItem } from '../../../src/api/index.js';
import { useT } from '../i18n.js';
import { links } from '../router.js';

function dayNumber(day: string): number {
  const [y = '1970', m = '01', d = '01'] = day.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
}

/** Dots per event, each a link to its evidence; undated events are left out (listed below it). */
export function Timeline({ actorId, events }: { actorId: string; events: readonly EventItem[] }) {
  const t = useT();
  const dated = events.filter((e) => e.day !== null);
  if (dated.length === 0) return null;
  const days = dated.map((e) => dayNumber(e.day!));
  const min = Math.min(...days);
  const max = Math.max(...days);
  const w = 720;
  const h = 110;
  const left = 90;
  const right = 20;
  const x = (d: number): number => (max === min ? (left + w - right) / 2 : left + ((d - min) / (max - min)) * (w - left - right));
  const rows = { source: 32, target: 72 };
  const firstDay = dated.reduce((a, e) => (e.day! < a ? e.day! : a), dated[0]!.day!);
  const lastDay = dated.reduce((a, e) => (e.day! > a ? e.day! : a), dated[0]!.day!);
  return (
    <svg class="chart timeline" viewBox={`0 0 ${w} ${h}`} role="img" aria-label={t('timeline')}>
      <text x={4} y={rows.source + 4} class="tick">{t('asSource')}</text>
      <text x={4} y={rows.target + 4} class="tick">{t('asTarget')}</text>
      <line x1={left} y1={rows.source} x2={w - right} y2={rows.source} class="axis" />
      <line x1={left} y1={rows.target} x2={w - right} y2={rows.target} class="axis" />
      {dated.map((e, i) => {
        const row = e.source?.id === actorId ? rows.source : rows.target;
        const r = e.reports[0];
        const other = e.source?.id === actorId ? e.target : e.source;
        const label = `${e.day} ${e.type} ${other ? `(${other.name})` : ''}`;
        const dot = <circle cx={x(days[i]!)} cy={row} r={6} class={`dot-ev quad-${e.quad}`}><title>{label}</title></circle>;
        return r ? <a key={e.id} href={links.doc(r.doc.id, { event: r.index })} aria-label={label}>{dot}</a> : <g key={e.id}>{dot}</g>;
      })}
      <text x={left} y={h - 8} class="tick">{firstDay}</text>
      <text x={w - right} y={h - 8} class="tick" text-anchor="end">{lastDay}</text>
    </svg>
  );
}
