/**
 * Every UI string in German and English, in one dictionary. The English table defines the keys;
 * the German table must have exactly the same keys (the type checks it).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

const en = {
  appName: 'lagebild',
  tagline: 'situation picture',
  navOverview: 'Overview',
  navDocuments: 'Documents',
  navNetwork: 'Network',
  navPair: 'Actor pair',
  navSearch: 'Search',
  language: 'Language',
  skipToContent: 'Skip to content',
  loading: 'Loading…',
  error: 'Error',
  retry: 'Retry',
  none: 'None',
  noData: 'Nothing stored yet. Ingest articles with "lagebild ingest FILE…".',
  documents: 'Documents',
  entities: 'Entities',
  events: 'Events',
  reports: 'Reports',
  quotes: 'Quotes',
  speechActs: 'Speech acts',
  speechAct: 'Speech act',
  times: 'Times',
  topActors: 'Most active actors',
  latestEvents: 'Latest events',
  eventsPerDay: 'Events per day',
  cooperativePairs: 'Strongest cooperative pairs',
  conflictualPairs: 'Strongest conflictual pairs',
  cooperation: 'Cooperation',
  conflict: 'Conflict',
  net: 'Net',
  count: 'Count',
  evidence: 'Evidence',
  showEvidence: 'Show evidence',
  moreReports: 'more reports',
  published: 'Published',
  source: 'Source',
  actorEither: 'Actor (source or target)',
  target: 'Target',
  speaker: 'Speaker',
  unknownSpeaker: 'unknown speaker',
  date: 'Date',
  type: 'Type',
  allTypes: 'All types',
  from: 'From',
  to: 'To',
  apply: 'Apply',
  reset: 'Reset',
  previous: 'Previous',
  next: 'Next',
  pageOf: 'Page {page} of {pages} ({total} items)',
  extracted: 'Extracted',
  article: 'Article',
  openActor: 'Actor page',
  names: 'Names',
  descriptions: 'Descriptions',
  roles: 'Roles',
  timeline: 'Timeline',
  asSource: 'as source',
  asTarget: 'as target',
  quotesBy: 'Quotes by the actor',
  quotesAbout: 'Quotes about the actor',
  relations: 'Relations to other actors',
  since: 'since',
  until: 'until',
  languages: 'Languages',
  seen: 'seen',
  pairTitle: 'Cooperation and conflict between two actors',
  actorA: 'Actor A',
  actorB: 'Actor B',
  partner: 'Other actor',
  bucket: 'Per',
  day: 'day',
  week: 'week',
  month: 'month',
  show: 'Show',
  eventsBehind: 'Events behind {period}',
  allEvents: 'All events of the pair',
  allActorEvents: 'all events of the actor, with filters',
  undated: 'Undated',
  searchPlaceholder: 'Names, words, quotes…',
  searchLabel: 'Search documents, entities and quotes',
  searchButton: 'Search',
  noResults: 'No results.',
  networkTitle: 'Actor network',
  networkHint: 'Green edges: mostly cooperation; red: mostly conflict. Width: number of events. Click an actor to open it.',
  edges: 'pairs',
  truncated: 'Only the strongest pairs are shown.',
  modality: 'Modality',
  confidence: 'Confidence',
  weight: 'Weight',
  resolvedValue: 'Resolved value',
  unresolved: 'unresolved',
  legend: 'Legend',
  trigger: 'Event trigger',
  quote: 'Quote',
  time: 'Time',
  notFound: 'Not found.',
  backToOverview: 'Back to the overview',
  documentsTitle: 'Stored documents',
  comparePair: 'Compare',
  mentions: 'mentions',
  kindDirect: 'direct',
  kindIndirect: 'indirect',
  periodEvents: '{count} events',
  chartLabel: 'Cooperation (up) and conflict (down) per period',
  selectPoint: 'Select a point of the chart to see its events.',
} as const;

/** A key of the dictionary. */
export type MsgKey = keyof typeof en;

const de: Record<MsgKey, string> = {
  appName: 'lagebild',
  tagline: 'Lagebild',
  navOverview: 'Übersicht',
  navDocuments: 'Dokumente',
  navNetwork: 'Netzwerk',
  navPair: 'Akteurspaar',
  navSearch: 'Suche',
  language: 'Sprache',
  skipToContent: 'Zum Inhalt springen',
  loading: 'Lädt …',
  error: 'Fehler',
  retry: 'Erneut versuchen',
  none: 'Keine',
  noData: 'Noch nichts gespeichert. Artikel mit „lagebild ingest DATEI…“ einlesen.',
  documents: 'Dokumente',
  entities: 'Entitäten',
  events: 'Ereignisse',
  reports: 'Meldungen',
  quotes: 'Zitate',
  speechActs: 'Sprechakte',
  speechAct: 'Sprechakt',
  times: 'Zeitangaben',
  topActors: 'Aktivste Akteure',
  latestEvents: 'Neueste Ereignisse',
  eventsPerDay: 'Ereignisse pro Tag',
  cooperativePairs: 'Stärkste kooperative Paare',
  conflictualPairs: 'Stärkste konfliktreiche Paare',
  cooperation: 'Kooperation',
  conflict: 'Konflikt',
  net: 'Saldo',
  count: 'Anzahl',
  evidence: 'Beleg',
  showEvidence: 'Beleg zeigen',
  moreReports: 'weitere Meldungen',
  published: 'Veröffentlicht',
  source: 'Akteur',
  actorEither: 'Akteur (Urheber oder Ziel)',
  target: 'Ziel',
  speaker: 'Sprecher',
  unknownSpeaker: 'unbekannter Sprecher',
  date: 'Datum',
  type: 'Typ',
  allTypes: 'Alle Typen',
  from: 'Von',
  to: 'Bis',
  apply: 'Anwenden',
  reset: 'Zurücksetzen',
  previous: 'Zurück',
  next: 'Weiter',
  pageOf: 'Seite {page} von {pages} ({total} Einträge)',
  extracted: 'Extrahiert',
  article: 'Artikel',
  openActor: 'Akteursseite',
  names: 'Namen',
  descriptions: 'Beschreibungen',
  roles: 'Rollen',
  timeline: 'Zeitleiste',
  asSource: 'als Akteur',
  asTarget: 'als Ziel',
  quotesBy: 'Zitate des Akteurs',
  quotesAbout: 'Zitate über den Akteur',
  relations: 'Beziehungen zu anderen Akteuren',
  since: 'seit',
  until: 'bis',
  languages: 'Sprachen',
  seen: 'gesehen',
  pairTitle: 'Kooperation und Konflikt zwischen zwei Akteuren',
  actorA: 'Akteur A',
  actorB: 'Akteur B',
  partner: 'Anderer Akteur',
  bucket: 'Pro',
  day: 'Tag',
  week: 'Woche',
  month: 'Monat',
  show: 'Anzeigen',
  eventsBehind: 'Ereignisse in {period}',
  allEvents: 'Alle Ereignisse des Paars',
  allActorEvents: 'alle Ereignisse des Akteurs, mit Filtern',
  undated: 'Undatiert',
  searchPlaceholder: 'Namen, Wörter, Zitate …',
  searchLabel: 'Dokumente, Entitäten und Zitate durchsuchen',
  searchButton: 'Suchen',
  noResults: 'Keine Treffer.',
  networkTitle: 'Akteursnetzwerk',
  networkHint: 'Grüne Kanten: überwiegend Kooperation; rote: überwiegend Konflikt. Breite: Zahl der Ereignisse. Akteur anklicken, um ihn zu öffnen.',
  edges: 'Paare',
  truncated: 'Nur die stärksten Paare werden gezeigt.',
  modality: 'Modalität',
  confidence: 'Konfidenz',
  weight: 'Gewicht',
  resolvedValue: 'Aufgelöster Wert',
  unresolved: 'nicht aufgelöst',
  legend: 'Legende',
  trigger: 'Ereignisauslöser',
  quote: 'Zitat',
  time: 'Zeit',
  notFound: 'Nicht gefunden.',
  backToOverview: 'Zurück zur Übersicht',
  documentsTitle: 'Gespeicherte Dokumente',
  comparePair: 'Vergleichen',
  mentions: 'Erwähnungen',
  kindDirect: 'direkt',
  kindIndirect: 'indirekt',
  periodEvents: '{count} Ereignisse',
  chartLabel: 'Kooperation (oben) und Konflikt (unten) pro Zeitraum',
  selectPoint: 'Einen Punkt des Diagramms wählen, um seine Ereignisse zu sehen.',
};

/** UI languages. */
export type UiLang = 'de' | 'en';

/** The dictionaries by language. */
export const DICTIONARIES: Readonly<Record<UiLang, Readonly<Record<MsgKey, string>>>> = { en, de };

/** Translates a key, filling `{name}` placeholders. */
export type Translate = (key: MsgKey, vars?: Readonly<Record<string, string | number>>) => string;

/** A translator for a language. */
export function translator(lang: UiLang): Translate {
  const dict = DICTIONARIES[lang];
  return (key, vars) => {
    let s = dict[key];
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
}

/** The UI language and its translator, provided by the app. */
export const I18n = createContext<{ lang: UiLang; t: Translate; setLang: (l: UiLang) => void }>({
  lang: 'en',
  t: translator('en'),
  setLang: () => undefined,
});

/** The current translator. */
export function useT(): Translate {
  return useContext(I18n).t;
}

/** The initial language: the stored choice, else the browser's. */
export function initialLang(): UiLang {
  try {
    const stored = localStorage.getItem('lagebild.lang');
    if (stored === 'de' || stored === 'en') return stored;
  } catch {
    // storage blocked: fall through to the browser language
  }
  return navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en';
}
