/** A list of quotes with speaker and a link to the quote in its article. */
import type { QuoteItem } from '../../../src/api/index.js';
import { useT } from '../i18n.js';
import { links } from '../router.js';
import { ActorLink } from './Actor.js';

/** Quotes, each linking to its place in the article. */
export function QuoteList({ quotes }: { quotes: readonly QuoteItem[] }) {
  const t = useT();
  if (quotes.length === 0) return <p class="muted">{t('none')}</p>;
  return (
    <ul class="quotes">
      {quotes.map((q) => (
        <li key={q.id}>
          <blockquote>
            <a href={links.doc(q.doc.id, { quote: q.index })}>„{q.text.length > 300 ? q.text.slice(0, 300) + '…' : q.text}“</a>
          </blockquote>
          <div class="small">
            {q.speaker ? <ActorLink actor={q.speaker} /> : <span class="muted">{t('unknownSpeaker')}</span>}
            <span class="muted"> · {q.kind === 'direct' ? t('kindDirect') : t('kindIndirect')} · {q.doc.title ?? q.doc.id}{q.doc.published ? `, ${q.doc.published}` : ''}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
