import { z } from 'zod'
import { CurrencyCode, Id, Timestamp } from './common'

/** Workspace-wide settings: a single row with id 'workspace'. */
export const WorkspaceSettings = z.object({
  id: z.literal('workspace'),
  /** 'demo' when the demo team was loaded, 'own' when the manager started with their own team. */
  mode: z.enum(['demo', 'own']),
  managerName: z.string().default(''),
  teamName: z.string().default(''),
  currency: CurrencyCode.default('USD'),
  salesProcessId: Id.optional(),
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
  thresholds: z
    .object({
      staleOpportunityDays: z.number().int().min(1).default(30),
      teamGapPercent: z.number().min(0).max(100).default(25),
      marketShiftShare: z.number().min(0).max(1).default(0.6)
    })
    .default({ staleOpportunityDays: 30, teamGapPercent: 25, marketShiftShare: 0.6 }),
  createdAt: Timestamp,
  updatedAt: Timestamp
})
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>
