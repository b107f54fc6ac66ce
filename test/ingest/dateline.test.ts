import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestPlainText } from '../../src/ingest/index.js';

/** [zone, text] of every zone after the title line. */
function bodyZones(para: string): [string, string][] {
  const text = `Titel der Meldung\n${para}\nZweiter Absatz.`;
  return ingestPlainText(text, 'de').zones.slice(1).map((z) => [z.zone, text.slice(z.start, z.end)]);
}

describe('dateline prefix: places with connectors and bracketed regions', () => {
  const prefixes: [string, string, string, string | null][] = [
    ['Frankfurt am Main, 02.06.2025 – Der Fußballbund hat sich von seiner Trainerin getrennt.', 'Frankfurt am Main, 02.06.2025 –', 'Der Fußballbund hat sich von seiner Trainerin getrennt.', '2025-06-02'],
    ['Frankfurt am Main (Deutschland), 02.06.2025 – Der Verband teilte mit, er sei zufrieden.', 'Frankfurt am Main (Deutschland), 02.06.2025 –', 'Der Verband teilte mit, er sei zufrieden.', '2025-06-02'],
    ['Genf (Schweiz), 4. März 2025 – Die Vereinten Nationen warnten vor einer Hungersnot.', 'Genf (Schweiz), 4. März 2025 –', 'Die Vereinten Nationen warnten vor einer Hungersnot.', '2025-03-04'],
    ['Mülheim an der Ruhr, 12. Mai 2025 (dpa) – Die Stadt hat den Haushalt beschlossen.', 'Mülheim an der Ruhr, 12. Mai 2025 (dpa) –', 'Die Stadt hat den Haushalt beschlossen.', '2025-05-12'],
    ['Freiburg im Breisgau (dpa) – Die Universität hat einen neuen Rektor.', 'Freiburg im Breisgau (dpa) –', 'Die Universität hat einen neuen Rektor.', null],
    ['Bangkok (SRF) – Die Armee hat die Grenze geschlossen.', 'Bangkok (SRF) –', 'Die Armee hat die Grenze geschlossen.', null],
    ['Wien (ORF) – Die Regierung hat das Budget beschlossen.', 'Wien (ORF) –', 'Die Regierung hat das Budget beschlossen.', null],
    ['Newcastle upon Tyne, May 3, 2025 — The council said it would act.', 'Newcastle upon Tyne, May 3, 2025 —', 'The council said it would act.', '2025-05-03'],
  ];
  for (const [para, dateline, body, published] of prefixes) {
    it(`"${dateline}" is split from the body`, () => {
      assert.deepEqual(bodyZones(para), [['dateline', dateline], ['body', body], ['body', 'Zweiter Absatz.']]);
      assert.equal(ingestPlainText(`Titel\n${para}`, 'de').published, published);
    });
  }

  // the same shapes without a date (or agency) are the start of a sentence
  const notDatelines = [
    'Seit dem Jahr 2024 – so Müller – seien die Ausgaben stark gestiegen.',
    'Frankfurt am Main – das ist die Stadt der Banken.',
    'Berlin (Hauptstadt) – Die Regierung hat entschieden.',
    'Genf (Schweiz) – Die Gespräche sind gescheitert.',
    'Merkel am Montag – ein Rückblick auf die Woche.',
    'Frankfurt am Main. Die Stadt hat entschieden.',
  ];
  for (const para of notDatelines) {
    it(`no dateline in "${para.slice(0, 40)}"`, () => {
      assert.deepEqual(bodyZones(para), [['body', para], ['body', 'Zweiter Absatz.']]);
    });
  }
});

describe('dateline prefix: a known place in mixed case before a dash', () => {
  const prefixes: [string, string, string][] = [
    ['Kiew – Die ukrainische Armee hat neue Stellungen bezogen.', 'Kiew –', 'Die ukrainische Armee hat neue Stellungen bezogen.'],
    ['Nouméa – Die Unabhängigkeitsbewegung hat zu Protesten aufgerufen.', 'Nouméa –', 'Die Unabhängigkeitsbewegung hat zu Protesten aufgerufen.'],
    ['Port-au-Prince - Bewaffnete Banden haben eine Polizeiwache angegriffen.', 'Port-au-Prince -', 'Bewaffnete Banden haben eine Polizeiwache angegriffen.'],
    ['Dhaka, Bangladesh — Police fired tear gas at protesters on Sunday.', 'Dhaka, Bangladesh —', 'Police fired tear gas at protesters on Sunday.'],
    ['Bischkek – „Wir verhandeln weiter“, sagte der Minister.', 'Bischkek –', '„Wir verhandeln weiter“, sagte der Minister.'],
  ];
  for (const [para, dateline, body] of prefixes) {
    it(`"${dateline}" is split from the body`, () => {
      assert.deepEqual(bodyZones(para), [['dateline', dateline], ['body', body], ['body', 'Zweiter Absatz.']]);
    });
  }

  // an unknown word, a person, or a known place that opens prose stays body text
  const notDatelines = [
    'Vallorca – Die Polizei hat drei Verdächtige festgenommen.',
    'Donald Trump – so viel ist klar – will den Zoll erhöhen.',
    'Kiew – das ist die Stadt, über die alle sprechen.',
    'Frieden – Das ist das Ziel der Gespräche.',
  ];
  for (const para of notDatelines) {
    it(`no dateline in "${para.slice(0, 40)}"`, () => {
      assert.deepEqual(bodyZones(para), [['body', para], ['body', 'Zweiter Absatz.']]);
    });
  }
});
