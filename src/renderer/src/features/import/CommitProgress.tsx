import { useImportStore } from './importStore'

/** While an import is being saved: how far it is, and that other screens can be used meanwhile. */
export function CommitProgress() {
  const progress = useImportStore((s) => s.commitProgress)
  return (
    <div role="group" aria-label="Importing" className="commit-progress">
      <progress
        aria-label="Records written"
        max={progress?.total || undefined}
        value={progress?.written}
      />
      <p aria-live="polite">
        {progress
          ? `${progress.written.toLocaleString()} of ${progress.total.toLocaleString()} records written`
          : 'Checking the file against your data…'}
      </p>
      <p className="cell-note">
        You can keep working on other screens meanwhile; they show the new records once the import
        is saved. Cancelling leaves your data as it was.
      </p>
    </div>
  )
}
