import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LagebildError } from '../errors.js';
import { asArray, asObject, asRecord, asStringArray } from '../resources/validate.js';
import { entityDecl, type EntityDecl } from './data.js';

/** The user's additions: extra names for known ids, and whole new entities (actors, organisations…). */
export interface UserKb {
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  readonly entities: readonly EntityDecl[];
}

/** File name of the user's alias file inside the data folder. */
export const USER_ALIAS_FILE = 'aliases.json';

/**
 * Reads `<dataDir>/aliases.json` when it exists:
 * `{ "aliases": { "<id>": ["Name", …] }, "entities": [ { "id", "type", "name", "names", "short"?, "state"?, "roles"? } ] }`.
 * Structural errors throw RESOURCE_INVALID naming the file and the field; alias ids are checked
 * against the knowledge base by the caller (`knownIds`).
 */
export function readUserKb(dataDir: string | null, knownIds: ReadonlySet<string>): UserKb {
  if (!dataDir) return { aliases: {}, entities: [] };
  const file = join(dataDir, USER_ALIAS_FILE);
  if (!existsSync(file)) return { aliases: {}, entities: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new LagebildError('RESOURCE_INVALID', `not valid JSON: ${(err as Error).message}`, file);
  }
  const o = asObject(raw, file);
  for (const k of Object.keys(o)) {
    if (k !== 'aliases' && k !== 'entities' && !k.startsWith('$')) throw new LagebildError('RESOURCE_INVALID', `${k}: unknown field (expected aliases or entities)`, file);
  }
  const entities = asArray(o.entities ?? [], file, 'entities', entityDecl);
  const aliases = asRecord(o.aliases ?? {}, file, 'aliases', asStringArray);
  const ids = new Set(entities.map((e) => e.id));
  const known = (id: string): boolean => knownIds.has(id) || ids.has(id);
  for (const id of Object.keys(aliases)) {
    if (!known(id)) throw new LagebildError('RESOURCE_INVALID', `aliases.${id}: no entity with this id in the knowledge base or in "entities"`, file);
  }
  entities.forEach((e, i) => {
    if (e.state && !known(e.state)) throw new LagebildError('RESOURCE_INVALID', `entities[${i}].state: no entity "${e.state}" in the knowledge base or in "entities"`, file);
    e.roles.forEach((r, j) => {
      if (r.of && !known(r.of)) throw new LagebildError('RESOURCE_INVALID', `entities[${i}].roles[${j}].of: no entity "${r.of}" in the knowledge base or in "entities"`, file);
    });
  });
  return { aliases, entities };
}
