/** Previous/next links of a paginated list. */
import { useT } from '../i18n.js';

/** Pagination links; `link(offset)` builds the href of a page. */
export function Pager({ total, limit, offset, link }: { total: number; limit: number; offset: number; link: (offset: number) => string }) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.floor(offset / limit) + 1;
  return (
    <nav class="pager" aria-label="pagination">
      {offset > 0 ? <a href={link(Math.max(0, offset - limit))}>← {t('previous')}</a> : <span class="muted">← {t('previous')}</span>}
      <span>{t('pageOf', { page, pages, total })}</span>
      {offset + limit < total ? <a href={link(offset + limit)}>{t('next')} →</a> : <span class="muted">{t('next')} →</span>}
    </nav>
  );
}
