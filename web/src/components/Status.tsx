/** Loading and error states of a request. */
import type { ComponentChildren } from 'preact';
import type { Loadable } from '../api.js';
import { useT } from '../i18n.js';

/** Renders children with the data once loaded, else a loading or error line. */
export function Load<T>({ value, children }: { value: Loadable<T>; children: (data: T) => ComponentChildren }) {
  const t = useT();
  if (value.state === 'loading') return <p class="muted" role="status">{t('loading')}</p>;
  if (value.state === 'error') {
    return (
      <p class="error" role="alert">
        {value.error.status === 404 ? t('notFound') : t('error')}: {value.error.message}
      </p>
    );
  }
  return <>{children(value.data)}</>;
}
