import type { CustomValidator } from 'sanity';
import { messages } from './messages.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's calendar date as `YYYY-MM-DD` in the editor's own time zone (what a date field stores). */
export function localIsoDate(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** True when `date` (`YYYY-MM-DD`) is strictly before today; the due date itself still counts. */
export function isDateInPast(date: string, now: Date = new Date()): boolean {
  // ISO dates compare correctly as strings, which avoids time-zone shifts from `new Date(date)`.
  return ISO_DATE.test(date) && date < localIsoDate(now);
}

/**
 * Error when a condition page's review is overdue. An error (not a warning) blocks publishing in
 * the Studio, which is the point: medical pages must not go out past their review date.
 */
export const reviewNotOverdue: CustomValidator<string | undefined> = (value) =>
  value === undefined || !isDateInPast(value) ? true : messages.reviewOverdue;

/** Error when the next review is not after the last one, which is almost always a typo. */
export const reviewAfterLastReview: CustomValidator<string | undefined> = (value, context) => {
  const parent = context.parent as { lastReviewed?: unknown } | undefined;
  const last = parent?.lastReviewed;
  if (value === undefined || typeof last !== 'string') return true;
  return value > last ? true : messages.reviewBeforeLastReview;
};
