import { useState } from 'react'
import { errorText } from '@shared/text/errorText'

/**
 * Why the last action failed, in words. `run` clears it, runs the action and keeps the error's
 * text if it throws; `setError` sets or clears it by hand.
 */
export function useActionError() {
  const [error, setError] = useState<string>()
  const run = async (action: () => Promise<unknown>) => {
    setError(undefined)
    try {
      await action()
    } catch (e) {
      setError(errorText(e))
    }
  }
  return { error, setError, run }
}
