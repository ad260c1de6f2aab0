import { FIRST_RULE_DATE } from '../law/instruments.js';

/** A usage mistake in the options (not in the name judged): thrown, never returned. */
export class GovvnOptionError extends TypeError {
  override name = 'GovvnOptionError';
}

const VIETNAM_OFFSET_MS = 7 * 3600_000;
const DAY_MS = 86_400_000;

// The day last worked out and the instants it spans: a loop of calls without
// asOf formats the date once a day instead of once a call.
let today = '';
let todayFrom = 0;
let todayUntil = 0;

/** Today in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving). */
export function todayInVietnam(now: number = Date.now()): string {
  if (now >= todayFrom && now < todayUntil) return today;
  const day = new Date(now + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
  todayFrom = Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS;
  todayUntil = todayFrom + DAY_MS;
  today = day;
  return day;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Checks a YYYY-MM-DD calendar day (any year); throws GovvnOptionError naming the option. */
export function checkDay(text: unknown, option: string): string {
  if (typeof text !== 'string') throw new GovvnOptionError(`${option} must be a date written YYYY-MM-DD`);
  const ok =
    text.length === 10 &&
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(7) === 45 &&
    [0, 1, 2, 3, 5, 6, 8, 9].every((i) => isDigit(text.charCodeAt(i)));
  if (!ok) throw new GovvnOptionError(`${option} must be a date written YYYY-MM-DD, got "${text}"`);
  const d = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text) {
    throw new GovvnOptionError(`${option} "${text}" is not a real calendar date`);
  }
  return text;
}

/** Whether a text is a YYYY-MM-DD calendar day (the config checks read it so, without an error to catch each time they ask). */
export function isDay(text: string): boolean {
  try {
    checkDay(text, 'date');
    return true;
  } catch {
    return false;
  }
}

let lastGood = '';

/** Checks the date judged by: a calendar day on or after the first national rule. */
export function checkDate(text: string): string {
  // Calls in a loop pass the same date: checked once.
  if (text === lastGood) return text;
  if (typeof text !== 'string') throw new GovvnOptionError('asOf must be a date written YYYY-MM-DD');
  checkDay(text, 'asOf');
  if (text < FIRST_RULE_DATE) {
    throw new GovvnOptionError(
      `asOf ${text} is before ${FIRST_RULE_DATE}, when the first national rule on state agencies' domain names (Decree 43/2011) took effect`,
    );
  }
  lastGood = text;
  return text;
}
