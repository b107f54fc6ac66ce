/** A hand-made SVG bar chart of events per day (no chart library, so it works offline and small). */
import { useT } from '../i18n.js';

/** Bars of counts per day; each bar has a title with its day and count. */
export function DayBars({ days }: { days: readonly { day: string; count: number }[] }) {
  const t = useT();
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
