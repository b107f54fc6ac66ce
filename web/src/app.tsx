/** The application shell: header with navigation and language switch, and the routed page. */
import { useMemo, useState } from 'preact/hooks';
import { I18n, initialLang, translator, useT, type UiLang } from './i18n.js';
import { ActorPage } from './pages/Actor.js';
import { DocumentsPage } from './pages/Documents.js';
import { EventsPage } from './pages/Events.js';
import { NetworkPage } from './pages/Network.js';
import { OverviewPage } from './pages/Overview.js';
import { PairPage } from './pages/Pair.js';
import { ReaderPage } from './pages/Reader.js';
import { SearchPage } from './pages/Search.js';
import { eventFilterOf, links, useRoute, type Route } from './router.js';

function offsetOf(q: URLSearchParams): number {
  const n = Number(q.get('offset') ?? '0');
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

function focusOf(q: URLSearchParams): string | null {
  const ev = q.get('event');
  if (ev !== null && /^\d+$/.test(ev)) return `e-${ev}`;
  const qu = q.get('quote');
  if (qu !== null && /^\d+$/.test(qu)) return `q-${qu}`;
  return null;
}

function Page({ route }: { route: Route }) {
  const t = useT();
  const [page, id] = route.segments;
  const q = route.query;
  switch (page) {
    case undefined:
      return <OverviewPage />;
    case 'documents':
      return <DocumentsPage offset={offsetOf(q)} />;
    case 'doc':
      return id ? <ReaderPage key={id} id={id} initialFocus={focusOf(q)} /> : <DocumentsPage offset={0} />;
    case 'actor':
      return id ? <ActorPage key={id} id={id} /> : <OverviewPage />;
    case 'events':
      return <EventsPage filter={eventFilterOf(q)} offset={offsetOf(q)} />;
    case 'network':
      return <NetworkPage from={q.get('from') ?? ''} to={q.get('to') ?? ''} type={q.get('type') ?? ''} />;
    case 'pair':
      return <PairPage a={q.get('a') ?? ''} b={q.get('b') ?? ''} by={q.get('by') ?? 'month'} />;
    case 'search':
      return <SearchPage q={q.get('q') ?? ''} />;
    default:
      return (
        <p>
          {t('notFound')} <a href={links.overview()}>{t('backToOverview')}</a>
        </p>
      );
  }
}

function Header({ route, lang, setLang }: { route: Route; lang: UiLang; setLang: (l: UiLang) => void }) {
  const t = useT();
  const current = route.segments[0] ?? '';
  const nav: [string, string, string][] = [
    ['', links.overview(), t('navOverview')],
    ['documents', links.documents(), t('navDocuments')],
    ['events', links.events({}), t('events')],
    ['network', links.network(), t('navNetwork')],
    ['pair', links.pair('', ''), t('navPair')],
    ['search', links.search(), t('navSearch')],
  ];
  return (
    <header class="top">
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>{t('skipToContent')}</a>
      <a class="brand" href={links.overview()}>{t('appName')}</a>
      <nav aria-label="main">
        <ul>
          {nav.map(([key, h, label]) => (
            <li key={key}>
              <a href={h} aria-current={current === key || (key === 'documents' && current === 'doc') ? 'page' : undefined}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div class="lang" role="group" aria-label={t('language')}>
        {(['de', 'en'] as const).map((l) => (
          <button key={l} type="button" aria-pressed={lang === l} onClick={() => setLang(l)}>{l.toUpperCase()}</button>
        ))}
      </div>
    </header>
  );
}

/** The root component. */
export function App() {
  const route = useRoute();
  const [lang, setLangState] = useState<UiLang>(initialLang);
  const i18n = useMemo(() => ({
    lang,
    t: translator(lang),
    setLang: (l: UiLang) => {
      setLangState(l);
      try {
        localStorage.setItem('lagebild.lang', l);
      } catch {
        // storage blocked: the choice lasts for this page only
      }
    },
  }), [lang]);
  document.documentElement.lang = lang;
  return (
    <I18n.Provider value={i18n}>
      <Header route={route} lang={lang} setLang={i18n.setLang} />
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </I18n.Provider>
  );
}
