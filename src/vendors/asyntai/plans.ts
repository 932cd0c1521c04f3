import type { AsyntaiPlan } from '../../fixtures/types.js';

/** Per-plan limits from the reference ("Rate Limits", "Daily upload limits", spreadsheet rows). */
export const PLAN_LIMITS: Record<AsyntaiPlan, { messagesPerMonth: number; uploadCharsPerDay: number; spreadsheetRows: number; apiAccess: boolean }> = {
  free: { messagesPerMonth: 100, uploadCharsPerDay: 0, spreadsheetRows: 0, apiAccess: false },
  starter: { messagesPerMonth: 2_500, uploadCharsPerDay: 100_000, spreadsheetRows: 500, apiAccess: true },
  standard: { messagesPerMonth: 15_000, uploadCharsPerDay: 500_000, spreadsheetRows: 2_000, apiAccess: true },
  pro: { messagesPerMonth: 50_000, uploadCharsPerDay: 2_000_000, spreadsheetRows: 10_000, apiAccess: true },
};

/** Calendar month (UTC) of an ISO instant: the key of the monthly message quota. */
export const monthKey = (iso: string) => iso.slice(0, 7);
/** Calendar day (UTC) of an ISO instant: the key of the daily upload quota. */
export const dayKey = (iso: string) => iso.slice(0, 10);
