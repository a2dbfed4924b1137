/*
 * Names of holiday periods that a page writes before the days it means: "Påskhelgen
 * (långfredag–annandag påsk) stängt", "Mellandagarna 27–30 december 11–14", "Sportlovet
 * 23–27 februari:", "Höstlovet vecka 44". The days given are what counts; the name alone
 * says nothing certain (unclearPhrases.ts refuses it), so with days after it it is dropped.
 */

const HOLIDAY_WEEKEND_WITH_DAYS = /\b(?:påsk|jul|nyårs|midsommar|pingst|trettondags|allhelgona)helgen\s*\(([^()]+)\)/g;
const HOLIDAY_NAME_BEFORE_DATES = /\b(?:mellandagarna|mellandagar|(?:sport|höst|jul|påsk|sommar|vinter|skid)lovet|(?:sport|höst|jul|påsk|sommar|vinter|skid)lov)\s*:?\s+(?=\d|vecka\b|v\.?\s?\d)/g;

/**
 * A normalised line with a holiday period's name dropped where the days are written after it.
 *
 * @example
 * dropPeriodNames("påskhelgen (långfredag-annandag påsk) stängt") // => "långfredag-annandag påsk stängt"
 * dropPeriodNames("sportlovet 23-27 februari:") // => "23-27 februari:"
 * dropPeriodNames("mellandagarna stängt") // => "mellandagarna stängt" (no days: stays unread)
 */
export function dropPeriodNames(normalized: string): string {
  if (!/helgen|dagar|lov/.test(normalized)) return normalized;
  return normalized.replace(HOLIDAY_WEEKEND_WITH_DAYS, "$1").replace(HOLIDAY_NAME_BEFORE_DATES, "");
}
