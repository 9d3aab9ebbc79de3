import type { ReactNode } from 'react'

/**
 * The buttons that end a form: the primary one that saves it and, when the form can be left
 * without saving, a Cancel button beside it.
 */
export function SaveOrCancel({ save, onCancel }: { save: ReactNode; onCancel?: () => void }) {
  return (
    <div className="actions">
      <button type="submit" className="primary">
        {save}
      </button>
      {onCancel && (
        <>
          {' '}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </>
      )}
    </div>
  )
}
