/** What shows while a screen's chunk loads (the shell stays): said to screen readers too. */
export function RouteLoading() {
  return (
    <p className="loading route-loading" role="status">
      Loading…
    </p>
  )
}
