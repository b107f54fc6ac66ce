/** Links to actors and actor types. */
import type { ActorRef } from '../../../src/api/index.js';
import { links } from '../router.js';

/** A link to an actor's page, with a small type badge. */
export function ActorLink({ actor }: { actor: ActorRef | null }) {
  if (!actor) return <span class="muted">–</span>;
  return (
    <a class={`actor type-${actor.type}`} href={links.actor(actor.id)}>
      {actor.name}
    </a>
  );
}

/** A PLOVER type badge coloured by quad class. */
export function TypeBadge({ type, quad }: { type: string; quad: string }) {
  return <span class={`badge quad-${quad}`}>{type}</span>;
}
