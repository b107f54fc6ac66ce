/**
 * The one catalogue of error codes. Library code throws {@link LagebildError} with one of these
 * codes; the CLI maps codes to exit codes and the HTTP server to statuses, both through the tables
 * here, so the mapping lives in one place.
 */
export const ERROR_CODES = {
  USAGE: { exit: 2, http: 400, summary: 'bad command line or request parameters' },
  INPUT_EMPTY: { exit: 1, http: 422, summary: 'the input is empty' },
  INPUT_BINARY: { exit: 1, http: 415, summary: 'the input is not text' },
  INPUT_ENCODING: { exit: 1, http: 415, summary: 'the input is not valid UTF-8 or UTF-16 text' },
  INPUT_TOO_LARGE: { exit: 1, http: 413, summary: 'the input exceeds the size limit' },
  INPUT_NO_ARTICLE: { exit: 1, http: 422, summary: 'no article text found in the page' },
  INPUT_MALFORMED: { exit: 1, http: 422, summary: 'the input could not be parsed' },
  LANGUAGE_UNSUPPORTED: { exit: 1, http: 422, summary: 'the text is not German or English' },
  NOT_FOUND: { exit: 1, http: 404, summary: 'no such file, document or entity' },
  NETWORK: { exit: 1, http: 502, summary: 'the network request failed' },
  TIMEOUT: { exit: 1, http: 504, summary: 'the operation timed out' },
  ROBOTS_DISALLOWED: { exit: 1, http: 403, summary: "the site's robots.txt does not allow fetching the page" },
  RESOURCE_INVALID: { exit: 1, http: 500, summary: 'a lexicon, model or user data file is invalid' },
  PIPELINE_INVALID: { exit: 1, http: 500, summary: 'the pipeline declaration is inconsistent' },
  STORE: { exit: 1, http: 500, summary: 'the store failed' },
  UNAUTHORIZED: { exit: 2, http: 401, summary: 'a token is required' },
  FORBIDDEN: { exit: 2, http: 403, summary: 'the operation is not allowed' },
  INTERNAL: { exit: 1, http: 500, summary: 'an unexpected internal error' },
} as const satisfies Record<string, { exit: number; http: number; summary: string }>;

/** A code of the catalogue. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** An expected failure with a code and, where it concerns one input, the input's name. */
export class LagebildError extends Error {
  readonly code: ErrorCode;
  readonly subject: string | null;

  constructor(code: ErrorCode, message: string, subject: string | null = null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LagebildError';
    this.code = code;
    this.subject = subject;
  }
}

/** Normalises anything thrown into a LagebildError (unknown errors become INTERNAL). */
export function asLagebildError(err: unknown, subject: string | null = null): LagebildError {
  if (err instanceof LagebildError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new LagebildError('INTERNAL', message, subject, { cause: err });
}

/** The process exit code for an error code. */
export function exitCodeOf(code: ErrorCode): number {
  return ERROR_CODES[code].exit;
}

/** The HTTP status for an error code. */
export function httpStatusOf(code: ErrorCode): number {
  return ERROR_CODES[code].http;
}

/** One line naming the input and the problem, never a stack trace. */
export function formatError(err: LagebildError): string {
  return `${err.subject ? err.subject + ': ' : ''}${err.message} [${err.code}]`;
}
