/**
 * HTML text and attribute escaping. Everything the renderer writes from the
 * document goes through these: the document's text is shown, never run.
 */

const TEXT: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE: Readonly<Record<string, string>> = { ...TEXT, '"': '&quot;' };

/** Text content: `&`, `<`, `>` escaped. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT[c]);
}

/** An attribute value, to be written inside double quotes (as every attribute here is). */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ATTRIBUTE[c]);
}

/**
 * JSON to embed in `<script type="application/json">`: `<`, `>`, `&` and the
 * line separators escaped, so no text of the document can close the element.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Only links a reader can follow safely: http(s) and mailto. Anything else (javascript:, data:, file:) is null. */
export function safeHref(target: string): string | null {
  const trimmed = target.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : null;
}
