/**
 * Document reader: the article with every layer highlighted and a side panel of what was
 * extracted. Clicking a fact scrolls to its evidence and focuses it (so keyboard and screen-reader
 * users land there too).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { documentDetailD, documentPath, type DocumentDetail } from '../../../src/api/index.js';
import { useApi } from '../api.js';
import { TypeBadge } from '../components/Actor.js';
import { Load } from '../components/Status.js';
import { segment, type Mark } from '../highlight.js';
import { useT, type Translate } from '../i18n.js';
import { links } from '../router.js';

/** Keys of the marks of a document, and the marks themselves. */
function marksOf(d: DocumentDetail, t: Translate): Mark[] {
  const doc = d.doc;
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null): string => (id === null ? '?' : names.get(id) ?? id);
  const marks: Mark[] = [];
  doc.events.forEach((v, i) => {
    marks.push({ start: v.start, end: v.end, key: `e-${i}`, cls: 'ev' });
    marks.push({
      start: v.triggerStart, end: v.triggerEnd, key: `g-${i}`, cls: `trg quad-${v.quad}`,
      title: `${v.type}: ${name(v.source)} → ${name(v.target)}${v.date ? ` (${v.date})` : ''}`,
    });
  });
  doc.quotes.forEach((q, i) => {
    marks.push({ start: q.start, end: q.end, key: `q-${i}`, cls: 'q', title: `${t('quote')} — ${t('speaker')}: ${q.speaker ? name(q.speaker) : t('unknownSpeaker')}` });
  });
  (doc.speechActs ?? []).forEach((a, i) => {
    marks.push({ start: a.cueStart, end: a.cueEnd, key: `s-${i}`, cls: 'sa', title: `${t('speechAct')} (${a.lemma}) — ${t('speaker')}: ${a.speaker ? name(a.speaker) : t('unknownSpeaker')}` });
  });
  doc.times.forEach((x, i) => {
    marks.push({ start: x.start, end: x.end, key: `t-${i}`, cls: 'tx', title: `${t('resolvedValue')}: ${x.value ?? t('unresolved')}${x.mod ? ` (${x.mod})` : ''}` });
  });
  doc.entities.forEach((e, ei) => {
    e.mentions.forEach((m, mi) => {
      marks.push({ start: m.start, end: m.end, key: `m-${ei}-${mi}`, cls: `ent ent-${e.type}`, title: `${e.name} (${e.type})` });
    });
  });
  return marks;
}

/** The highlighted article text. */
function Article({ detail, focus }: { detail: DocumentDetail; focus: string | null }) {
  const t = useT();
  const text = detail.doc.text;
  const segments = useMemo(() => segment(text.length, marksOf(detail, t)), [detail, t]);
  return (
    <div class="article" lang={detail.doc.language}>
      {segments.map((s) => {
        const piece = text.slice(s.start, s.end);
        if (s.marks.length === 0) return piece;
        const cls = s.marks.map((m) => m.cls);
        if (focus !== null && s.marks.some((m) => m.key === focus || (focus.startsWith('e-') && m.key === `g-${focus.slice(2)}`))) cls.push('focused');
        const titles = s.marks.flatMap((m) => (m.title ? [m.title] : []));
        return (
          <span
            key={s.start}
            class={cls.join(' ')}
            title={titles.length ? titles.join('\n') : undefined}
            data-anchor={s.anchors.length ? s.anchors.join(' ') : undefined}
            tabIndex={s.anchors.length ? -1 : undefined}
          >
            {piece}
          </span>
        );
      })}
    </div>
  );
}

/** The side panel: every extracted fact as a button that focuses its evidence. */
function Facts({ detail, onFocus }: { detail: DocumentDetail; onFocus: (key: string) => void }) {
  const t = useT();
  const doc = detail.doc;
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const name = (id: string | null): string => (id === null ? '—' : names.get(id) ?? id);
  return (
    <aside class="facts" aria-label={t('extracted')}>
      <h2>{t('extracted')}</h2>
      <section>
        <h3>{t('events')} ({doc.events.length})</h3>
        <ul class="fact-list">
          {doc.events.map((v, i) => (
            <li key={i}>
              <button type="button" class="fact" data-fact={`e-${i}`} onClick={() => onFocus(`e-${i}`)}>
                <TypeBadge type={v.type} quad={v.quad} /> {name(v.source)} → {name(v.target)}
                {v.date ? <span class="muted small"> {v.date}</span> : null}
                {v.modality !== 'asserted' ? <span class="muted small"> ({v.modality})</span> : null}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>{t('entities')} ({doc.entities.length})</h3>
        <ul class="fact-list">
          {doc.entities.map((e, ei) => (
            <li key={e.id}>
              <button type="button" class="fact" data-fact={`m-${ei}-0`} onClick={() => onFocus(`m-${ei}-0`)} disabled={e.mentions.length === 0}>
                <span class={`dot ent-${e.type}`} aria-hidden="true" /> {e.name} <span class="muted small">{e.type} · {e.mentions.length} {t('mentions')}</span>
              </button>{' '}
              <a class="small" href={links.actor(e.id)}>{t('openActor')}</a>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>{t('quotes')} ({doc.quotes.length})</h3>
        <ul class="fact-list">
          {doc.quotes.map((q, i) => (
            <li key={i}>
              <button type="button" class="fact" data-fact={`q-${i}`} onClick={() => onFocus(`q-${i}`)}>
                <strong>{q.speaker ? name(q.speaker) : t('unknownSpeaker')}:</strong> {q.text.length > 90 ? q.text.slice(0, 90) + '…' : q.text}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {doc.speechActs && doc.speechActs.length > 0 ? (
        <section>
          <h3>{t('speechActs')} ({doc.speechActs.length})</h3>
          <ul class="fact-list">
            {doc.speechActs.map((a, i) => (
              <li key={i}>
                <button type="button" class="fact" data-fact={`s-${i}`} onClick={() => onFocus(`s-${i}`)}>
                  <strong>{a.speaker ? name(a.speaker) : t('unknownSpeaker')}:</strong> {a.lemma}
                  {a.topic ? <> — {a.topic.text.length > 80 ? a.topic.text.slice(0, 80) + '…' : a.topic.text}</> : null}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section>
        <h3>{t('times')} ({doc.times.length})</h3>
        <ul class="fact-list">
          {doc.times.map((x, i) => (
            <li key={i}>
              <button type="button" class="fact" data-fact={`t-${i}`} onClick={() => onFocus(`t-${i}`)}>
                {x.text} → <code>{x.value ?? t('unresolved')}</code>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}

function Legend() {
  const t = useT();
  return (
    <p class="legend" aria-label={t('legend')}>
      {(['PER', 'ORG', 'GPE', 'LOC', 'FAC', 'MISC'] as const).map((ty) => (
        <span key={ty} class={`ent ent-${ty}`}>{ty}</span>
      ))}
      <span class="tx">{t('time')}</span>
      <span class="q">{t('quote')}</span>
      <span class="sa">{t('speechAct')}</span>
      <span class="trg">{t('trigger')}</span>
      <span class="ev">{t('evidence')}</span>
    </p>
  );
}

/** The reader page; `initialFocus` comes from the link ("?event=3" → "e-3"). */
export function ReaderPage({ id, initialFocus }: { id: string; initialFocus: string | null }) {
  const t = useT();
  const value = useApi(documentPath(id), documentDetailD);
  const [focus, setFocus] = useState<string | null>(initialFocus);
  const articleRef = useRef<HTMLDivElement>(null);
  useEffect(() => setFocus(initialFocus), [id, initialFocus]);
  useEffect(() => {
    if (focus === null || value.state !== 'ok') return;
    const el = articleRef.current?.querySelector<HTMLElement>(`[data-anchor~="${focus}"]`);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    }
  }, [focus, value.state]);
  return (
    <Load value={value}>
      {(d) => (
        <div class="reader">
          <div class="reader-main" ref={articleRef}>
            <h1>{d.title ?? d.id}</h1>
            <p class="muted">
              {d.published ? `${t('published')}: ${d.published}` : ''}
              {d.source ? ` · ${d.source}` : ''}
              {' · '}
              {d.language}
              {d.address && /^https?:\/\//.test(d.address) ? <> · <a href={d.address} rel="noreferrer noopener">{d.address}</a></> : null}
            </p>
            <Legend />
            <Article detail={d} focus={focus} />
          </div>
          <Facts detail={d} onFocus={setFocus} />
        </div>
      )}
    </Load>
  );
}
