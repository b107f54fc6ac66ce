/** A table of actor pairs with their cooperation and conflict sums. */
import type { PairItem } from '../../../src/api/index.js';
import { useT } from '../i18n.js';
import { links } from '../router.js';
import { ActorLink } from './Actor.js';

/**
 * Pairs with links to both actors and to the pair's series. On an actor's page (`self` given) only
 * the other actor of each pair is shown.
 */
export function PairTable({ pairs, self }: { pairs: readonly PairItem[]; self?: string }) {
  const t = useT();
  if (pairs.length === 0) return <p class="muted">{t('none')}</p>;
  return (
    <table class="pairs">
      <thead>
        <tr>
          {self === undefined ? (
            <>
              <th scope="col">{t('actorA')}</th>
              <th scope="col">{t('actorB')}</th>
            </>
          ) : (
            <th scope="col">{t('partner')}</th>
          )}
          <th scope="col" class="num">{t('count')}</th>
          <th scope="col" class="num">{t('cooperation')}</th>
          <th scope="col" class="num">{t('conflict')}</th>
          <th scope="col"><span class="sr-only">{t('comparePair')}</span></th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((p) => (
          <tr key={`${p.a.id}|${p.b.id}`}>
            {self === undefined ? (
              <>
                <td><ActorLink actor={p.a} /></td>
                <td><ActorLink actor={p.b} /></td>
              </>
            ) : (
              <td><ActorLink actor={p.a.id === self ? p.b : p.a} /></td>
            )}
            <td class="num">{p.count}</td>
            <td class="num coop">{p.cooperation.toFixed(1)}</td>
            <td class="num confl">{p.conflict.toFixed(1)}</td>
            <td><a href={links.pair(p.a.id, p.b.id)}>{t('comparePair')}</a></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
