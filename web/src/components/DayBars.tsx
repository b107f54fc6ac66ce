/** A hand-made SVG bar chart of events per day (no chart library, so it works offline and small). */
import { useT } from '../i18n.js';

/** Longest span of days drawn with gaps filled (beyond it, only days with events are drawn). */
const MAX_FILLED_DAYS = 400;

/** The days from the first to the last, with 0 for days without events, so gaps show as gaps. */
export function fillDays(days: readonly { day: string; count: number }[]): { day: string; count: number }[] {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return [];
  const start = Date.parse(`${first.day}T00:00:00Z`);
  const end = Date.parse(`${last.day}T00:00:00Z`);
  const span = (end - start) / 86_400_000;
  if (!Number.isFinite(span) || span < 0 || span > MAX_FILLED_DAYS) return [...days];
  const counts = new Map(days.map((d) => [d.day, d.count]));
  const out: { day: string; count: number }[] = [];
  for (let ms = start; ms <= end; ms += 86_400_000) {
    const day = new Date(ms).toISOString().slice(0, 10);
    out.push({ day, count: counts.get(day) ?? 0 });
  }
  return out;
}

/** Bars of counts per day; each bar has a title with its day and count. */
export function DayBars({ days: given }: { days: readonly { day: string; count: number }[] }) {
  const t = useT();
  const days = fillDays([...given].sort((a, b) => a.day.localeCompare(b.day)));
  if (days.length === 0) return <p class="muted">{t('none')}</p>;
  const w = 640;
  const h = 140;
  const pad = 24;
  const max = Math.max(1, ...days.map((d) => d.count));
  const bw = (w - pad * 2) / days.length;
  const first = days[0];
  const last = days[days.length - 1];
  return (
    <svg class="chart" viewBox={`0 0 ${w} ${h}`} role="img" aria-label={t('eventsPerDay')}>
      <line x1={pad} y1={h - pad} x2={w - pad} y2={h - pad} class="axis" />
      {days.map((d, i) => {
        const bh = ((h - pad * 2) * d.count) / max;
        return (
          <rect key={d.day} class="bar" x={pad + i * bw + 1} y={h - pad - bh} width={Math.max(1, bw - 2)} height={bh}>
            <title>{`${d.day}: ${d.count}`}</title>
          </rect>
        );
      })}
      <text x={pad} y={h - 6} class="tick">{first?.day}</text>
      <text x={w - pad} y={h - 6} class="tick" text-anchor="end">{last?.day}</text>
      <text x={pad} y={pad - 8} class="tick">{max}</text>
    </svg>
  );
}
