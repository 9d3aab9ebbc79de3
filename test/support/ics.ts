export interface IcsComponent {
  name: string
  props: { name: string; params: string; value: string }[]
  children: IcsComponent[]
}

/**
 * A strict reader of RFC 5545's structure: CRLF line ends, content lines of at most 75 octets
 * (continuations start with one space or tab), NAME[;params]:value lines, and BEGIN/END pairs
 * that nest. It throws on anything else, so a broken file fails the test. No test runner is
 * imported: Vitest tests and Playwright specs both read exported files with it.
 */
export function parseIcs(text: string): IcsComponent {
  if (!text.endsWith('\r\n')) throw new Error('The file does not end with CRLF')
  const physical = text.slice(0, -2).split('\r\n')
  physical.forEach((line, i) => {
    if (/[\r\n]/.test(line)) throw new Error(`Line ${i + 1} holds a bare CR or LF`)
    const octets = new TextEncoder().encode(line).length
    if (octets > 75) throw new Error(`Line ${i + 1} is ${octets} octets long (at most 75)`)
  })
  const logical: string[] = []
  for (const line of physical) {
    if (/^[ \t]/.test(line)) logical[logical.length - 1] += line.slice(1)
    else logical.push(line)
  }
  const root: IcsComponent = { name: '', props: [], children: [] }
  const stack = [root]
  for (const line of logical) {
    const m = /^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line)
    if (!m) throw new Error(`Not a content line: ${line}`)
    const [, name = '', params = '', value = ''] = m
    const top = stack.at(-1)!
    if (name === 'BEGIN') {
      const child = { name: value, props: [], children: [] }
      top.children.push(child)
      stack.push(child)
    } else if (name === 'END') {
      if (top.name !== value) throw new Error(`END:${value} closes ${top.name}`)
      stack.pop()
    } else top.props.push({ name, params, value })
  }
  if (stack.length !== 1) throw new Error(`BEGIN:${stack.at(-1)!.name} is never closed`)
  if (root.children.length !== 1) throw new Error('Not exactly one component at the top')
  return root.children[0]!
}

/** A property's value, text escapes (RFC 5545 3.3.11) undone. */
export function icsProp(c: IcsComponent, name: string): string | undefined {
  const v = c.props.find((p) => p.name === name)?.value
  return v === undefined ? undefined : v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1')
}

/**
 * The alarms of an event as a person reads them: each VALARM must be a DISPLAY alarm with a
 * description and a relative trigger before the start (RFC 5545 3.6.6); returns the trigger
 * in minutes before the start and the description.
 */
export function icsAlarms(event: IcsComponent): { minutesBefore: number; description: string }[] {
  return event.children.map((alarm) => {
    if (alarm.name !== 'VALARM') throw new Error(`${alarm.name} inside an event`)
    if (icsProp(alarm, 'ACTION') !== 'DISPLAY') throw new Error('An alarm that is not DISPLAY')
    const trigger = icsProp(alarm, 'TRIGGER') ?? ''
    const m = /^-PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(trigger)
    if (!m || (!m[1] && !m[2])) throw new Error(`Not a trigger before the start: ${trigger}`)
    const description = icsProp(alarm, 'DESCRIPTION') ?? ''
    if (description === '') throw new Error('A DISPLAY alarm without a DESCRIPTION')
    return { minutesBefore: Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0), description }
  })
}
