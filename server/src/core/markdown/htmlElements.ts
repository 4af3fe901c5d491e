/**
 * HTML elements in a Markdown draft (a CMS export, a pasted snippet), by what a reader of the rendered page sees of
 * them. Only the text between tags is ever read: attribute values (`title`, `alt`, `href`) are tooltips, image
 * descriptions and addresses the page does not print in the sentence, so `<abbr title="Bernstein Research">Bernstein</abbr>`
 * reads "Bernstein" and `<img alt="…">` reads nothing.
 */

/** Inline elements whose text runs on in the sentence, the tags invisible: `<strong>$5.6</strong> billion` is "$5.6 billion". */
export const READ_THROUGH = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'label', 'mark',
  'nobr', 'q', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u',
]);

/** Words the writer took back, as `~~…~~`: no claim, and the sentence reads on without them. */
export const STRUCK = new Set(['del', 's', 'strike']);

/**
 * Inline elements that stand for something other than prose (code, a keyboard key, a form control, an image, media):
 * one opaque character, so the words on either side don't merge, and nothing of their content.
 */
export const OPAQUE_ELEMENTS = new Set([
  'audio', 'button', 'canvas', 'code', 'embed', 'iframe', 'img', 'input', 'kbd', 'math', 'meter', 'object', 'output',
  'picture', 'progress', 'samp', 'select', 'svg', 'textarea', 'var', 'video',
]);

/** Elements a page never shows as text: their content is not read, and they break no sentence. */
export const INVISIBLE = new Set(['head', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);

/** Elements that start and end a block of prose of their own. `pre` is one, but never read: it is code or ASCII art. */
export const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

export const HEADING_ELEMENT = /^h[1-6]$/;

/**
 * A superscript that is a footnote marker, not part of the figure before it: "7.82%<sup>1</sup>", "<sup>[2]</sup>",
 * "<sup>*</sup>", "<sup>1, 3</sup>". Read as an opaque character, like a Markdown footnote reference.
 */
export const FOOTNOTE_MARKER = /^\s*[[(]?\s*(?:\d{1,3}(?:\s*[,–-]\s*\d{1,3})*|[*†‡§¶]+|[a-z])\s*[\])]?\s*$/u;
