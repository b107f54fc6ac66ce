/**
 * Network: the actor network drawn with cytoscape; edges green for mostly cooperative pairs, red
 * for mostly conflictual ones, width by number of events; filtered by time window and event type.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { API, networkD, PLOVER_TYPES, toQueryString, type Network } from '../../../src/api/index.js';
import { useApi } from '../api.js';
import { PairTable } from '../components/Pairs.js';
import { Load } from '../components/Status.js';
import { useT } from '../i18n.js';
import { links } from '../router.js';

const TYPE_COLOURS: Readonly<Record<string, string>> = {
  PER: '#3465a4', ORG: '#75507b', GPE: '#c17d11', LOC: '#4e9a06', FAC: '#555753', MISC: '#888a85',
};

function Graph({ net }: { net: Network }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = box.current;
    if (!container) return undefined;
    let cy: { destroy(): void } | null = null;
    let cancelled = false;
    // cytoscape is loaded only on this page, so the overview's bundle stays small
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (cancelled) return;
      cy = draw(cytoscape, container, net);
    });
    return () => {
      cancelled = true;
      cy?.destroy();
    };
  }, [net]);
  return <div class="graph" ref={box} data-nodes={net.nodes.length} data-edges={net.edges.length} />;
}

/** Id of the stylesheet cytoscape would inject (an inline <style>, which our CSP blocks). */
const CY_STYLE_ID = '__________cytoscape_stylesheet';

/** Draws the network into a container. */
function draw(cytoscape: typeof import('cytoscape'), container: HTMLElement, net: Network): { destroy(): void } {
    // cytoscape skips its inline <style> when an element with its id exists; its one rule is in styles.css
    if (!document.getElementById(CY_STYLE_ID)) {
      const marker = document.createElement('meta');
      marker.id = CY_STYLE_ID;
      document.head.append(marker);
    }
    const maxCount = Math.max(1, ...net.edges.map((e) => e.count));
    const cy = cytoscape({
      container,
      elements: [
        ...net.nodes.map((n) => ({ data: { id: n.id, label: n.name, colour: TYPE_COLOURS[n.type] ?? '#888', size: 18 + Math.min(30, n.events * 2) } })),
        ...net.edges.map((e) => ({
          data: {
            id: `${e.a.id}|${e.b.id}`, source: e.a.id, target: e.b.id,
            colour: e.cooperation >= e.conflict ? '#2e8540' : '#c62828',
            width: 1.5 + (6 * e.count) / maxCount,
          },
        })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)', 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)',
            'font-size': 11, color: '#222', 'text-valign': 'bottom', 'text-margin-y': 3,
            'text-outline-color': '#fff', 'text-outline-width': 2,
          },
        },
        { selector: 'edge', style: { 'line-color': 'data(colour)', width: 'data(width)', 'curve-style': 'bezier', opacity: 0.8 } },
      ],
      layout: { name: net.nodes.length > 1 ? 'cose' : 'grid', animate: false, randomize: false, padding: 20 },
      wheelSensitivity: 0.3,
      // a small network would otherwise be zoomed until its labels are huge
      maxZoom: 1.4,
    });
    cy.on('tap', 'node', (ev) => {
      location.hash = links.actor(String(ev.target.id()));
    });
    return cy;
}

/** The network page; the filter lives in the URL so a view can be shared. */
export function NetworkPage({ from, to, type }: { from: string; to: string; type: string }) {
  const t = useT();
  const [form, setForm] = useState({ from, to, type });
  useEffect(() => setForm({ from, to, type }), [from, to, type]);
  const value = useApi(`${API.network}${toQueryString({ from, to, type, limit: 150 })}`, networkD);
  return (
    <div>
      <h1>{t('networkTitle')}</h1>
      <form
        class="filters"
        onSubmit={(ev) => {
          ev.preventDefault();
          location.hash = links.network({ from: form.from, to: form.to, type: form.type });
        }}
      >
        <label>{t('from')} <input type="date" value={form.from} onInput={(e) => setForm({ ...form, from: e.currentTarget.value })} /></label>
        <label>{t('to')} <input type="date" value={form.to} onInput={(e) => setForm({ ...form, to: e.currentTarget.value })} /></label>
        <label>
          {t('type')}{' '}
          <select value={form.type} onChange={(e) => setForm({ ...form, type: e.currentTarget.value })}>
            <option value="">{t('allTypes')}</option>
            {PLOVER_TYPES.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
        <button type="submit">{t('apply')}</button>
        <a href={links.network()}>{t('reset')}</a>
      </form>
      <p class="muted small">{t('networkHint')}</p>
      <p class="legend small" aria-label={t('legend')}>
        {Object.entries(TYPE_COLOURS).map(([ty, colour]) => (
          <span key={ty}><svg width="10" height="10" aria-hidden="true"><circle cx="5" cy="5" r="5" fill={colour} /></svg> {ty}</span>
        ))}
      </p>
      <Load value={value}>
        {(net) => (
          <>
            <p class="small">{net.nodes.length} {t('entities')} · {net.edges.length} {t('edges')}{net.truncated ? ` · ${t('truncated')}` : ''}</p>
            {net.nodes.length === 0 ? <p class="muted">{t('none')}</p> : <Graph net={net} />}
            <details>
              <summary>{t('edges')}</summary>
              <PairTable pairs={net.edges} />
            </details>
          </>
        )}
      </Load>
    </div>
  );
}
