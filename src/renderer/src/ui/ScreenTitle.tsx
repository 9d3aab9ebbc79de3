import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'

/** A screen's title (the h1 its section is named by), under a link back to where it belongs. */
export function ScreenTitle({
  back,
  children
}: {
  back: { to: string; label: string }
  children: ReactNode
}) {
  return (
    <>
      <p className="breadcrumb">
        <Link to={back.to}>{back.label}</Link>
      </p>
      <h1 id="screen-title">{children}</h1>
    </>
  )
}
