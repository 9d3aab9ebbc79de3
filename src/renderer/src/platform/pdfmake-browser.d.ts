/** The browser build's per-font files register Standard-14 font metrics with pdfMake. */
declare module 'pdfmake/build/standard-fonts/Helvetica' {
  import type { TFontContainer } from 'pdfmake/interfaces'
  const container: TFontContainer
  export default container
}
