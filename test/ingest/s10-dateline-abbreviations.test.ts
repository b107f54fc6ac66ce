import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestPlainText } from '../../src/ingest/index.js';

/** [zone, text] of every zone after the title line. */
function bodyZones(para: string, lang: 'de' | 'en'): [string, string][] {
  const text = `A headline\n${para}\nAnother paragraph.`;
  return ingestPlainText(text, lang).zones.slice(1).map((z) => [z.zone, text.slice(z.start, z.end)]);
}

describe('dateline prefix: an abbreviation ending in a period opens a sentence', () => {
  const sentences: ['de' | 'en', string][] = [
    ['en', 'U.S. President Joe Biden said on Monday he would veto the bill.'],
    ['en', 'U.N. Secretary-General Antonio Guterres called for calm in the region.'],
    ['en', 'E.U. Foreign Ministers gathered in Luxembourg to discuss sanctions.'],
    ['en', 'U.K. Prime Minister Keir Starmer flew to Kyiv.'],
    ['de', 'U.S.A. Und Kanada haben sich auf neue Zölle geeinigt.'],
    ['en', 'Gov. Gavin Newsom signed the law on Friday.'],
    ['en', 'Sen. Warren Lee blocked the nomination.'],
  ];
  for (const [lang, para] of sentences) {
    it(`no dateline in "${para.slice(0, 40)}"`, () => {
      assert.deepEqual(bodyZones(para, lang), [['body', para], ['body', 'Another paragraph.']]);
    });
  }

  // a place ending in a period is still a dateline, also before an acronym
  const datelines: ['de' | 'en', string, string, string][] = [
    ['en', 'Nairobi. U.S. diplomats left the embassy on Sunday.', 'Nairobi.', 'U.S. diplomats left the embassy on Sunday.'],
    ['de', 'Moskau. Die Regierung hat die Vorwürfe zurückgewiesen.', 'Moskau.', 'Die Regierung hat die Vorwürfe zurückgewiesen.'],
  ];
  for (const [lang, para, dateline, body] of datelines) {
    it(`"${dateline}" is split from the body`, () => {
      assert.deepEqual(bodyZones(para, lang), [['dateline', dateline], ['body', body], ['body', 'Another paragraph.']]);
    });
  }
});
