/**
 * Every regular expression of the time stage, in one place so that a test can run each of them
 * against long adversarial input. They are anchored or single-class and have no nested or
 * overlapping quantifiers, so matching is linear. Parsers work on tokens; these only look inside
 * one token or one value.
 */
export const PATTERNS = {
  /** Decimal or thousands separator inside a number token. */
  numberSeparator: /[.,]/,
  /** Separators of numeric dates ("27.7.2025", "2025-07-31"). */
  dateSeparator: /[.\-]/,
  /** Digits only. */
  digits: /^\d+$/,
  /** A 4-digit year. */
  year4: /^\d{4}$/,
  /** A full TIMEX3 day value. */
  dayValue: /^\d{4}-\d{2}-\d{2}$/,
  /** A value that starts with a full day ("2025-07-31", "2025-07-31TNI"): the day is its first 10 characters. */
  dayPrefix: /^\d{4}-\d{2}-\d{2}(?:T|$)/,
  /** A day with a part of the day ("2025-07-29TEV"), which a clock time can replace. */
  partValue: /^\d{4}-\d{2}-\d{2}T[A-Z]{2}$/,
  /** A TIME value with a clock time ("2026-03-17T07:20"). */
  clockValue: /T\d{2}:\d{2}$/,
  /** A quarter value that stayed inside its year. */
  quarterValue: /Q[1-4]$/,
  /** A clock token: "10", "10.30", "10:30", "3pm", "3p.m.". */
  clock: /^(\d{1,2})(?:[.:](\d{2}))?(a\.?m\.?|p\.?m\.?)?$/,
  /** A four-digit clock of the wire services ("1500", "0800"), a clock only with its time zone ("1500 GMT"). */
  zonedClock: /^([01]\d|2[0-3])([0-5]\d)$/,
} as const;
