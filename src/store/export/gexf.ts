/**
 * The actor network as GEXF 1.3 (opens in Gephi): nodes are entities that take part in events,
 * edges are actor pairs (undirected) with their event count as weight, cooperation and conflict
 * sums and the first and last event day.
 */
import type { Network } from '../types.js';
import type { Sink } from './sink.js';
import { xmlEscape as x } from './xml.js';

/** Writes the network as GEXF 1.3; returns nodes + edges written. */
export async function exportGexf(net: Network, out: Sink): Promise<number> {
  await out.write(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta><creator>lagebild</creator><description>Actor network: entities and the events between them</description></meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node">
      <attribute id="type" title="type" type="string"/>
      <attribute id="events" title="events" type="integer"/>
    </attributes>
    <attributes class="edge">
      <attribute id="cooperation" title="cooperation" type="double"/>
      <attribute id="conflict" title="conflict" type="double"/>
      <attribute id="net" title="net" type="double"/>
      <attribute id="count" title="events" type="integer"/>
      <attribute id="first" title="first day" type="string"/>
      <attribute id="last" title="last day" type="string"/>
      <attribute id="events" title="event ids" type="string"/>
    </attributes>
    <nodes>
`);
  for (const n of net.nodes) {
    await out.write(`      <node id="${x(n.id)}" label="${x(n.name)}"><attvalues><attvalue for="type" value="${x(n.type)}"/><attvalue for="events" value="${n.events}"/></attvalues></node>\n`);
  }
  await out.write('    </nodes>\n    <edges>\n');
  let i = 0;
  for (const e of net.edges) {
    await out.write(`      <edge id="e${i++}" source="${x(e.a.id)}" target="${x(e.b.id)}" weight="${e.count}"><attvalues>` +
      `<attvalue for="cooperation" value="${e.cooperation}"/><attvalue for="conflict" value="${e.conflict}"/>` +
      `<attvalue for="net" value="${Math.round((e.cooperation - e.conflict) * 100) / 100}"/><attvalue for="count" value="${e.count}"/>` +
      (e.firstDay ? `<attvalue for="first" value="${x(e.firstDay)}"/>` : '') + (e.lastDay ? `<attvalue for="last" value="${x(e.lastDay)}"/>` : '') +
      `<attvalue for="events" value="${e.eventIds.join(' ')}"/></attvalues></edge>\n`);
  }
  await out.write('    </edges>\n  </graph>\n</gexf>\n');
  return net.nodes.length + net.edges.length;
}
