/**
 * Text into XML 1.0, for the decision feed and the archive export. XML 1.0 cannot carry most
 * control characters (not even as a character reference), nor a lone surrogate or U+FFFE/U+FFFF:
 * such characters are dropped, so one pasted NUL cannot make the whole document unreadable.
 */

// Tab, line feed and carriage return are the only control characters XML 1.0 allows.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 forbids. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as element content or an attribute value: forbidden characters dropped, markup escaped. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** `<name>text</name>`, or nothing when the text is null or empty. */
export function xmlElement(name: string, text: string | number | null | undefined, indent = ''): string {
  if (text === null || text === undefined || text === '') return '';
  return `${indent}<${name}>${xmlText(String(text))}</${name}>\n`;
}
