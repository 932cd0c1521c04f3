/**
 * Text for an XML attribute or element (JUnit reports): markup characters escaped, and the
 * control characters XML 1.0 forbids even escaped (all but tab, LF and CR) left out.
 */
export const xmlText = (s: string) =>
  Array.from(s)
    .filter((ch) => ch.charCodeAt(0) >= 0x20 || ch === '\t' || ch === '\n' || ch === '\r')
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
