import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react'

/**
 * A text box one line high that grows with what is typed, so a page of short notes stays short
 * and a long note is never hidden behind a scroll bar.
 */
export function GrowingTextArea(props: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ref = useRef<HTMLTextAreaElement>(null)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    el.style.height = 'auto'
    el.style.height = `${el.scrollHeight + 2}px`
  }, [props.value])
  return <textarea rows={1} {...props} ref={ref} className={`growing ${props.className ?? ''}`} />
}
