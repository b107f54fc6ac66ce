/**
 * The actor network as GraphML (opens in Gephi, yEd, networkx): same nodes and edges as the
 * GEXF export, attributes declared as typed keys.
 */
import type { Network } from '../types.js';
import type { Sink } from './sink.js';
import { xmlEscape as x } from './xml.js';

/** Writes the network as GraphML; returns nodes + edges written. */
export async function exportGraphml(net: Network, out: Sink): Promise<number> {
  await out.write(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="nevents" for="node" attr.name="events" attr.type="int"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="cooperation" for="edge" attr.name="cooperation" attr.type="double"/>
  <key id="conflict" for="edge" attr.name="conflict" attr.type="double"/>
  <key id="first" for="edge" attr.name="first" attr.type="string"/>
  <key id="last" for="edge" attr.name="last" attr.type="string"/>
  <key id="events" for="edge" attr.name="event_ids" attr.type="string"/>
  <graph id="lagebild" edgedefault="undirected">
`);
  for (const n of net.nodes) {
    await out.write(`    <node id="${x(n.id)}"><data key="label">${x(n.name)}</data><data key="type">${x(n.type)}</data><data key="nevents">${n.events}</data></node>\n`);
  }
  let i = 0;
  for (const e of net.edges) {
    await out.write(`    <edge id="e${i++}" source="${x(e.a.id)}" target="${x(e.b.id)}"><data key="weight">${e.count}</data>` +
      `<data key="cooperation">${e.cooperation}</data><data key="conflict">${e.conflict}</data>` +
      (e.firstDay ? `<data key="first">${x(e.firstDay)}</data>` : '') + (e.lastDay ? `<data key="last">${x(e.lastDay)}</data>` : '') +
      `<data key="events">${e.eventIds.join(' ')}</data></edge>\n`);
  }
  await out.write('  </graph>\n</graphml>\n');
  return net.nodes.length + net.edges.length;
}
