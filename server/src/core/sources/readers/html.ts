import type { Element, Nodes, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { decodeHTML } from 'entities';
import type { ProseBlock } from '../../text/prose';
import type { SourceMetadata } from './metadata';

export interface ReadHtml {
  blocks: ProseBlock[];
  title?: string;
  metadata: SourceMetadata;
}

/** Elements whose text is never the article's: page chrome, scripts, forms, media. */
const NEVER_PROSE = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'svg', 'iframe', 'figure', 'head', 'menu', 'dialog']);
/** Class or id words of page furniture: cookie banners, related links, sharing, comments, ads. */
const FURNITURE = /(^|[\s_-])(cookie|consent|gdpr|banner|related|recommend|teaser|share|sharing|social|newsletter|subscribe|paywall|promo|advert|ads?|sponsor|comments?|breadcrumbs?|nav|navigation|menu|sidebar|footer|header|masthead|toolbar|popup|modal|outbrain|taboola|more-?stories|read-?more|tags)($|[\s_-])/i;
/** Elements whose text makes one prose block. */
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'td', 'th', 'dd', 'dt', 'pre', 'figcaption', 'div', 'section', 'article', 'main', 'body', 'table', 'ul', 'ol', 'tr', 'caption', 'address']);
const HEADING = /^h[1-6]$/;

/**
 * Reads a saved web page into the article's prose: the `<article>` (or `<main>`, or the element holding the most
 * paragraph text) without navigation, cookie banners, related links and footers. Every character of a block keeps
 * the offset of the character in the file it came from (an entity such as `&amp;` or `&nbsp;` maps to its `&`), so a
 * link opens the page's source at the sentence.
 */
export function readHtml(html: string): ReadHtml {
  const tree = fromHtml(html);
  const metadata = htmlMetadata(tree);
  const content = articleElement(tree) ?? tree;
  const blocks: ProseBlock[] = [];
  collectBlocks(content, html, blocks);
  const h1 = findFirst(content, (e) => e.tagName === 'h1') ?? findFirst(tree, (e) => e.tagName === 'h1');
  const title = metadata.title ?? (h1 ? normalise(textOf(h1)) : undefined) ?? titleElement(tree);
  return { blocks, title, metadata };
}

function isElement(node: Nodes): node is Element {
  return node.type === 'element';
}

function isFurniture(e: Element): boolean {
  if (NEVER_PROSE.has(e.tagName)) return true;
  const role = String(e.properties.role ?? '');
  if (/^(navigation|banner|contentinfo|complementary|dialog|alertdialog|search)$/.test(role)) return true;
  const className = Array.isArray(e.properties.className) ? e.properties.className.join(' ') : String(e.properties.className ?? '');
  const words = `${className} ${String(e.properties.id ?? '')}`;
  if (e.properties.hidden !== undefined && e.properties.hidden !== false) return true;
  return FURNITURE.test(words) && !/(^|\s)(article|content|post|story|entry)-?(body|content|text)?($|\s)/i.test(className);
}

function findFirst(node: Nodes, test: (e: Element) => boolean): Element | undefined {
  if (isElement(node) && test(node)) return node;
  if ('children' in node) {
    for (const child of node.children) {
      const found = findFirst(child as Nodes, test);
      if (found) return found;
    }
  }
  return undefined;
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (isElement(node) && NEVER_PROSE.has(node.tagName) && node.tagName !== 'header') return '';
  if ('children' in node) return node.children.map((c) => textOf(c as Nodes)).join('');
  return '';
}

/** The element that holds the article: schema.org's articleBody, `<article>`, `<main>`, else the densest paragraphs. */
function articleElement(tree: Root): Element | undefined {
  const body = findFirst(tree, (e) => String(e.properties.itemProp ?? '').split(/[\s,]+/).includes('articleBody'));
  if (body) return body;
  const articles: Element[] = [];
  visitElements(tree, (e) => {
    if (e.tagName === 'article') articles.push(e);
  });
  if (articles.length) return articles.sort((a, b) => paragraphText(b) - paragraphText(a))[0];
  const main = findFirst(tree, (e) => e.tagName === 'main' || e.properties.role === 'main');
  if (main) return main;
  // Readability's idea in one line: the parent of the most paragraph text is the article.
  const score = new Map<Element, number>();
  visitElements(tree, (e, parent) => {
    if (e.tagName === 'p' && parent) score.set(parent, (score.get(parent) ?? 0) + normalise(textOf(e)).length);
  });
  return [...score].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function paragraphText(e: Element): number {
  let total = 0;
  visitElements(e, (p) => {
    if (p.tagName === 'p') total += normalise(textOf(p)).length;
  });
  return total;
}

function visitElements(node: Nodes, visit: (e: Element, parent: Element | undefined) => void, parent?: Element): void {
  if (isElement(node)) {
    if (isFurniture(node)) return;
    visit(node, parent);
  }
  if ('children' in node) for (const child of node.children) visitElements(child as Nodes, visit, isElement(node) ? node : parent);
}

/**
 * Walks the article: each block element's own inline text becomes one block; nested blocks are blocks of their own.
 * Inline markup (links, emphasis) stays inside its block.
 */
function collectBlocks(node: Nodes, html: string, blocks: ProseBlock[]): void {
  let current: ProseBlock | undefined;
  let heading = false;
  const flush = () => {
    if (current) pushTrimmed(current, heading, blocks);
    current = undefined;
  };
  const walk = (n: Nodes) => {
    if (n.type === 'text') {
      current ??= { text: '', offsets: [] };
      appendText(n, html, current);
      return;
    }
    if (!isElement(n) && n.type !== 'root') return;
    if (isElement(n)) {
      if (isFurniture(n)) return;
      if (n.tagName === 'br') {
        current ??= { text: '', offsets: [] };
        current.text += ' ';
        current.offsets.push(n.position?.start.offset ?? current.offsets[current.offsets.length - 1] ?? 0);
        return;
      }
      if (BLOCK.has(n.tagName)) {
        flush();
        const outer = heading;
        heading = HEADING.test(n.tagName);
        for (const child of n.children) walk(child as Nodes);
        flush();
        heading = outer;
        return;
      }
    }
    for (const child of (n as Element | Root).children) walk(child as Nodes);
  };
  walk(node);
  flush();
}

/** A text node's characters with their file offsets: the raw slice is walked beside the decoded value. */
function appendText(node: Text, html: string, block: ProseBlock): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const value = node.value;
  if (start === undefined || end === undefined) {
    // A node the parser made up has no place in the file: anchor it where the block stands.
    const at = block.offsets[block.offsets.length - 1] ?? 0;
    for (const char of value) {
      block.text += char;
      for (let k = 0; k < char.length; k++) block.offsets.push(at);
    }
    return;
  }
  let raw = start;
  let i = 0;
  while (i < value.length) {
    if (raw < end && html[raw] === '&') {
      const entity = /^&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);?/.exec(html.slice(raw, Math.min(end, raw + 40)));
      const decoded = entity ? decodeHTML(entity[0]) : '';
      if (entity && decoded && value.startsWith(decoded, i)) {
        for (let k = 0; k < decoded.length; k++) {
          block.text += decoded[k];
          block.offsets.push(raw);
        }
        i += decoded.length;
        raw += entity[0].length;
        continue;
      }
    }
    if (raw < end && html[raw] === '\r' && value[i] === '\n') raw++;
    block.text += value[i];
    block.offsets.push(Math.min(raw, end - 1));
    i++;
    if (raw < end) raw++;
  }
}

/**
 * A block with its white space as a reader sees it: runs of spaces, tabs, line breaks and no-break spaces become one
 * space (mapped to the first of them), and the ends are trimmed.
 */
function pushTrimmed(block: ProseBlock, heading: boolean, blocks: ProseBlock[]): void {
  let text = '';
  const offsets: number[] = [];
  let space = false;
  for (let i = 0; i < block.text.length; i++) {
    const c = block.text[i];
    if (/[\s\u00a0]/.test(c)) {
      if (!space && text.length) {
        text += ' ';
        offsets.push(block.offsets[i]);
      }
      space = true;
      continue;
    }
    space = false;
    text += c;
    offsets.push(block.offsets[i]);
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    offsets.pop();
  }
  if (!text) return;
  offsets.push(offsets[offsets.length - 1] + 1);
  blocks.push({ text, offsets, ...(heading ? { heading: true } : {}) });
}

function normalise(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function titleElement(tree: Root): string | undefined {
  const title = findFirst(tree, (e) => e.tagName === 'title');
  return title ? normalise(textOf(title)).replace(/\s+[|–—-]\s+[^|–—-]+$/, '') || undefined : undefined;
}

/** Title, outlet, date, author, language and canonical URL from meta tags, JSON-LD and `<html lang>`. */
function htmlMetadata(tree: Root): SourceMetadata & { title?: string } {
  const meta = new Map<string, string>();
  let canonical: string | undefined;
  let lang: string | undefined;
  const jsonLd: unknown[] = [];
  const visit = (node: Nodes) => {
    if (isElement(node)) {
      const p = node.properties;
      if (node.tagName === 'html' && typeof p.lang === 'string') lang = p.lang;
      if (node.tagName === 'meta') {
        const key = String(p.property ?? p.name ?? p.itemProp ?? '').toLowerCase();
        if (key && typeof p.content === 'string' && !meta.has(key)) meta.set(key, p.content);
      }
      if (node.tagName === 'link' && Array.isArray(p.rel) && p.rel.includes('canonical') && typeof p.href === 'string') canonical = p.href;
      if (node.tagName === 'script' && p.type === 'application/ld+json') {
        try {
          jsonLd.push(JSON.parse(textOf({ ...node, tagName: 'div' })));
        } catch {
          // A broken JSON-LD block says nothing; the meta tags may still.
        }
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  const article = jsonLd.flatMap(flattenJsonLd).find((o) => typeof o.datePublished === 'string' || typeof o.headline === 'string');
  const ld = (key: string) => (article && typeof article[key] === 'string' ? (article[key] as string) : undefined);
  const ldName = (key: string) => {
    const v = article?.[key];
    const first = Array.isArray(v) ? v[0] : v;
    return typeof first === 'string' ? first : first && typeof first === 'object' && typeof (first as { name?: unknown }).name === 'string' ? (first as { name: string }).name : undefined;
  };
  const result: SourceMetadata & { title?: string } = {};
  const set = (key: keyof SourceMetadata | 'title', value: string | undefined) => {
    if (value && value.trim()) result[key] = value.trim();
  };
  set('title', meta.get('og:title') ?? meta.get('twitter:title') ?? ld('headline'));
  set('url', canonical ?? meta.get('og:url') ?? ld('url'));
  set('outlet', meta.get('og:site_name') ?? ldName('publisher') ?? meta.get('application-name'));
  set('published', meta.get('article:published_time') ?? ld('datePublished') ?? meta.get('date') ?? meta.get('pubdate') ?? meta.get('dc.date'));
  set('author', meta.get('author') ?? meta.get('article:author') ?? ldName('author'));
  set('lang', lang ?? meta.get('og:locale') ?? ld('inLanguage'));
  return result;
}

function flattenJsonLd(value: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(value)) return value.flatMap(flattenJsonLd);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  return [o, ...flattenJsonLd(o['@graph'])];
}
