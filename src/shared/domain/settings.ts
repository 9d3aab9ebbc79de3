import { z } from 'zod'
import { CurrencyCode, Id, Timestamp } from './common'
import { ReminderSettings } from './reminderSettings'

export const DEFAULT_BACKUPS_KEPT = 10

/** Workspace-wide settings: a single row with id 'workspace'. */
export const WorkspaceSettings = z.object({
  id: z.literal('workspace'),
  /** 'demo' when the demo team was loaded, 'own' when the manager started with their own team. */
  mode: z.enum(['demo', 'own']),
  managerName: z.string().default(''),
  /** Issue 14: shown in audit entries and documents ("Dana Reyes, Regional Sales Manager"). */
  managerTitle: z.string().optional(),
  teamName: z.string().default(''),
  companyName: z.string().optional(),
  currency: CurrencyCode.default('USD'),
  /** Issue 14: BCP 47 locale for dates and numbers (absent: en-US). */
  locale: z.string().min(2).max(35).optional(),
  /** Issue 14: first day of the week, 0 = Sunday … 6 = Saturday (absent: Monday). */
  weekStartsOn: z.number().int().min(0).max(6).optional(),
  salesProcessId: Id.optional(),
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
  thresholds: z
    .object({
      staleOpportunityDays: z.number().int().min(1).default(30),
      teamGapPercent: z.number().min(0).max(100).default(25),
      marketShiftShare: z.number().min(0).max(1).default(0.6),
      /*
       * Added with the diagnosis (issue 4). Optional so settings rows and backups made before
       * stay valid; src/shared/diagnosis/thresholds.ts fills the documented defaults.
       */
      marketShiftDropPercent: z.number().min(0).max(100).optional(),
      attainmentActPercent: z.number().min(0).max(200).optional(),
      activityGapPercent: z.number().min(0).max(100).optional(),
      hygieneIssuePercent: z.number().min(0).max(100).optional(),
      minimumSample: z.number().int().min(1).max(100).optional()
    })
    .default({ staleOpportunityDays: 30, teamGapPercent: 25, marketShiftShare: 0.6 }),
  /** Since schema v2: how many automatic backups to keep, and when one was last saved by hand. */
  backups: z
    .object({
      keep: z.number().int().min(1).max(100).default(DEFAULT_BACKUPS_KEPT),
      lastSavedAt: Timestamp.optional()
    })
    .default({ keep: DEFAULT_BACKUPS_KEPT }),
  /** Issue 13: when reminders show; absent in older rows and backups (read with reminderSettingsOf). */
  reminders: ReminderSettings.optional(),
  /** Issue 17: the app lock, and which key private text was last sealed with (absent: none). */
  privacy: z
    .object({
      /** keyId() of the key the private text was sealed with; 'none' when it was written plain. */
      sealedWith: z.string().max(64).optional(),
      lock: z
        .object({
          /** PBKDF2-SHA-256 salt (base64) and iterations the passphrase is stretched with. */
          salt: z.string().min(16).max(64),
          iterations: z.number().int().min(600_000).max(10_000_000),
          /** A known text sealed with the passphrase's key: opening it proves the passphrase. */
          check: z.string().min(10).max(400),
          /** Lock after this many minutes without a key press or click; 0 = only by hand. */
          idleMinutes: z.number().int().min(0).max(240)
        })
        .optional()
    })
    .optional(),
  /** Issue 14: first-run setup steps the manager chose to skip (keys of the Home checklist). */
  setupSkipped: z.array(z.string()).optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp
})
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>
