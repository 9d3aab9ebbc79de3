/** Reminders: what to remind and when (pure), the timers that show them, and calendar alarms. */
export * from './reminder'
export * from './due'
export * from './alarms'
export * from './timers'
