/**
 * Finds where a text stops being valid JSON, so an error can say "line 3, column 17" on every
 * engine (V8's messages do not always carry a position). Only called after `JSON.parse` failed.
 * It checks syntax with an explicit stack (no recursion), building no values.
 */

export interface JsonSyntaxProblem {
  /** Character offset of the problem (the text's length when it ends early). */
  offset: number
  line: number
  column: number
  /** True when the text stopped in the middle of a value: a cut-off file. */
  endOfInput: boolean
  reason: string
}

type Expect = 'value' | 'valueOrClose' | 'keyOrClose' | 'key' | 'colon' | 'commaOrClose' | 'end'

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

function describeChar(ch: string): string {
  if (ch === '\n') return 'a line break'
  if (ch === '\t') return 'a tab'
  const code = ch.codePointAt(0) ?? 0
  if (code < 0x20) return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`
  return `"${ch}"`
}

export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  const stack: string[] = []
  let expect: Expect = 'value'
  let i = 0
  const n = text.length

  const fail = (offset: number, reason: string, endOfInput = false): JsonSyntaxProblem => ({
    offset,
    ...lineAndColumn(text, offset),
    endOfInput,
    reason
  })
  const afterValue = (): Expect => (stack.length ? 'commaOrClose' : 'end')

  /** Scans a string starting at the opening quote; returns a problem or moves `i` past it. */
  const scanString = (): JsonSyntaxProblem | undefined => {
    i++
    for (;;) {
      if (i >= n) return fail(n, 'the text ends inside a string', true)
      const code = text.charCodeAt(i)
      if (code === 0x22) {
        i++
        return undefined
      }
      if (code < 0x20) return fail(i, `${describeChar(text[i] ?? '')} inside a string`)
      if (code === 0x5c) {
        if (i + 1 >= n) return fail(n, 'the text ends inside a string', true)
        const esc = text[i + 1] ?? ''
        if (esc === 'u') {
          const hex = text.slice(i + 2, i + 6)
          if (i + 6 > n && /^[0-9a-fA-F]*$/.test(hex))
            return fail(n, 'the text ends inside a string', true)
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) return fail(i, 'a bad \\u escape in a string')
          i += 6
          continue
        }
        if (!'"\\/bfnrt'.includes(esc)) return fail(i, `a bad escape "\\${esc}" in a string`)
        i += 2
        continue
      }
      i++
    }
  }

  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++
      else break
    }
    if (i >= n) {
      return expect === 'end' ? undefined : fail(n, 'the text ends early', true)
    }
    const ch = text[i] ?? ''
    const top = stack[stack.length - 1]
    switch (expect) {
      case 'end':
        return fail(i, `unexpected ${describeChar(ch)} after the end of the data`)
      case 'colon':
        if (ch !== ':') return fail(i, `expected ":" but found ${describeChar(ch)}`)
        i++
        expect = 'value'
        continue
      case 'commaOrClose':
        if (ch === ',') {
          i++
          expect = top === '{' ? 'key' : 'value'
        } else if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) {
          stack.pop()
          i++
          expect = afterValue()
        } else {
          const close = top === '{' ? '}' : ']'
          return fail(i, `expected "," or "${close}" but found ${describeChar(ch)}`)
        }
        continue
      case 'keyOrClose':
      case 'key':
        if (ch === '}' && expect === 'keyOrClose') {
          stack.pop()
          i++
          expect = afterValue()
          continue
        }
        if (ch !== '"')
          return fail(i, `expected a quoted property name but found ${describeChar(ch)}`)
        {
          const problem = scanString()
          if (problem) return problem
        }
        expect = 'colon'
        continue
      case 'valueOrClose':
        if (ch === ']') {
          stack.pop()
          i++
          expect = afterValue()
          continue
        }
        break
      case 'value':
        break
    }
    // A value.
    if (ch === '{' || ch === '[') {
      stack.push(ch)
      i++
      expect = ch === '{' ? 'keyOrClose' : 'valueOrClose'
      continue
    }
    if (ch === '"') {
      const problem = scanString()
      if (problem) return problem
      expect = afterValue()
      continue
    }
    if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = i
      const m = NUMBER.exec(text)
      if (!m) return i + 1 >= n ? fail(n, 'the text ends early', true) : fail(i, 'a bad number')
      i += m[0].length
      if (/^(?:\.|[eE][+-]?)$/.test(text.slice(i))) return fail(n, 'the text ends early', true)
      expect = afterValue()
      continue
    }
    const literal = ['true', 'false', 'null'].find((w) => w[0] === ch)
    if (literal) {
      const got = text.slice(i, i + literal.length)
      if (got === literal) {
        i += literal.length
        expect = afterValue()
        continue
      }
      if (i + got.length >= n && literal.startsWith(got))
        return fail(n, 'the text ends early', true)
    }
    return fail(i, `unexpected ${describeChar(ch)} where a value should be`)
  }
}
