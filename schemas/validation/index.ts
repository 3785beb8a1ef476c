/**
 * Editorial validation shared by every schema type. Rules live here, not inline in the types, so
 * the same check (for example the health-claim warning) is written once and tested once.
 */
export * from './dates.ts';
export * from './healthClaims.ts';
export * from './limits.ts';
export * from './messages.ts';
export * from './rules.ts';
export * from './text.ts';
