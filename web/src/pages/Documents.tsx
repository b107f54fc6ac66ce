/** The list of stored documents, paginated. */
import { API, documentItemD, pageD, toQueryString } from '../../../src/api/index.js';
import { useApi } from '../api.js';
import { Pager } from '../components/Pager.js';
import { Load } from '../components/Status.js';
import { useT } from '../i18n.js';
import { links } from '../router.js';

const pageOfDocs = pageD(documentItemD);
const LIMIT = 50;

/** The documents page. */
export function DocumentsPage({ offset }: { offset: number }) {
  const t = useT();
  const value = useApi(`${API.documents}${toQueryString({ limit: LIMIT, offset })}`, pageOfDocs);
  return (
    <div>
      <h1>{t('documentsTitle')}</h1>
      <Load value={value}>
        {(page) => (
          <>
            <table class="docs">
              <thead>
                <tr>
                  <th scope="col">{t('published')}</th>
                  <th scope="col">{t('article')}</th>
                  <th scope="col">{t('language')}</th>
                  <th scope="col" class="num">{t('entities')}</th>
                  <th scope="col" class="num">{t('events')}</th>
                  <th scope="col" class="num">{t('quotes')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((d) => (
                  <tr key={d.id}>
                    <td>{d.published ?? '—'}</td>
                    <td><a href={links.doc(d.id)}>{d.title ?? d.id}</a>{d.source ? <span class="muted small"> — {d.source}</span> : null}</td>
                    <td>{d.language}</td>
                    <td class="num">{d.counts.entities}</td>
                    <td class="num">{d.counts.events}</td>
                    <td class="num">{d.counts.quotes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager total={page.total} limit={page.limit} offset={page.offset} link={(o) => links.documents(o)} />
          </>
        )}
      </Load>
    </div>
  );
}
