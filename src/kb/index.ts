/**
 * The knowledge base: countries, capitals and places, organisations, institutions and political
 * actors, with German and English names, adjectives and roles; and the name normalisation the
 * resolver and the store use to give one person one id across articles and languages.
 */
export { buildKnowledgeBase, KnowledgeBase, sharedKnowledgeBase } from './knowledge-base.js';
export { entityIdFor, foldDiacritics, foldMarks, kebab, normaliseName } from './normalise.js';
export type { KbEntity, KbHit, KbKind } from './types.js';
export { readUserKb, USER_ALIAS_FILE, type UserKb } from './user.js';
