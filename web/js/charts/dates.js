// Calendar arithmetic on plain YYYY-MM-DD strings, in UTC days (never the host time zone).

const DAY = 86400000;

/** Day number of a YYYY-MM-DD prefix, or null when the value is not a full date. */
export function dayNumber(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? "");
  if (!m) return null;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(time) ? Math.floor(time / DAY) : null;
}

export function dayString(day) {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Monday of the ISO week holding the day. */
export function weekStart(day) {
  const weekday = (new Date(day * DAY).getUTCDay() + 6) % 7;
  return day - weekday;
}

export function monthStart(day) {
  const date = new Date(day * DAY);
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY);
}

export function nextMonth(day) {
  const date = new Date(day * DAY);
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY);
}

/** The date an event is placed at on charts: its own date, else its article's publication date. */
export function eventDay(event) {
  return dayNumber(event.date) ?? dayNumber(event.effective_date) ?? dayNumber(event.published);
}
