import type { Lang } from '../../doc/types.js';
import type { GatedParser } from './context.js';
import { pCentury, pDayMonth, pDecade, pEraYear, pIsoWeek, pMonth, pNumericDate, pMonthHalf, pQuarter, pSeason, pYear } from './parse-calendar.js';
import { pAgo, pClock, pDayOffset, pDayOfMonthPhrase, pDayPartOfDate, pHoliday, pMovableHoliday, pRelPeriod, pRelativeWord, pUnitThen, pWeekday, pWeekend } from './parse-relative.js';
import { pCompoundDuration, pDuration, pPartCompound, pPeriodPart, pSet, pVague, pVagueDuration } from './parse-spans.js';
import { pYearRange } from './parse-range.js';

/**
 * The parsers, tried at every token; the longest match at a position wins and scanning goes on
 * after it (ties: the earlier parser in this list). Both languages share the parsers; what differs
 * is the lexicon (words, numeric date order) — except where a language has no such form.
 */
export const PARSERS: Readonly<Record<Lang, readonly GatedParser[]>> = {
  de: [pVague, pNumericDate, pDayMonth, pMonth, pPeriodPart, pWeekday, pDayOffset, pRelPeriod, pAgo, pSet, pDuration, pCompoundDuration, pVagueDuration, pDecade, pCentury, pIsoWeek, pQuarter, pMonthHalf, pSeason, pClock, pEraYear, pYearRange, pYear, pRelativeWord, pUnitThen, pDayPartOfDate, pHoliday, pMovableHoliday, pWeekend, pPartCompound, pDayOfMonthPhrase],
  en: [pVague, pNumericDate, pDayMonth, pMonth, pPeriodPart, pWeekday, pDayOffset, pRelPeriod, pAgo, pSet, pDuration, pCompoundDuration, pVagueDuration, pDecade, pCentury, pIsoWeek, pQuarter, pMonthHalf, pSeason, pClock, pEraYear, pYearRange, pYear, pRelativeWord, pUnitThen, pDayPartOfDate, pHoliday, pMovableHoliday, pWeekend, pPartCompound, pDayOfMonthPhrase],
};
