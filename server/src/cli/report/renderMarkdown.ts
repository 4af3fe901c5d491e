import type { Element, ElementContent, Root } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// Raw HTML in a draft is dropped (remark-rehype without allowDangerousHtml), and what Markdown itself can make
// unsafe (javascript: links, odd attributes) is removed by the GitHub sanitizing schema. Text nodes keep their
// positions, so findings can be marked afterwards by offset.
// remark-rehype already prefixes the ids it makes (footnotes) and their links with `user-content-`; a second prefix
// from the sanitizer would break those links, and Markdown without raw HTML makes no other ids.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  .use(remarkRehype)
  .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: '' });

/** A draft's Markdown as a reader sees it: a safe HTML tree whose text nodes carry their offsets into `markdown`. */
export function renderMarkdown(markdown: string, imageText: (alt: string) => string): Root {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  fitIntoPage(tree, imageText);
  return tree;
}

/** The page loads nothing: an image becomes its alt text; links open in their own context; headings move down two levels. */
function fitIntoPage(parent: Root | Element, imageText: (alt: string) => string): void {
  parent.children = parent.children.map((child): ElementContent => {
    if (child.type !== 'element') return child as ElementContent;
    if (child.tagName === 'img') return { type: 'element', tagName: 'span', properties: { className: ['np-image'] }, children: [{ type: 'text', value: imageText(String(child.properties.alt ?? '')) }] };
    if (child.tagName === 'a' && child.properties.href) child.properties.rel = ['noopener', 'noreferrer'];
    // The page has its h1 and each draft its h2 (the file): the draft's own headings go below them in the outline.
    const level = /^h([1-6])$/.exec(child.tagName);
    if (level) child.tagName = `h${Math.min(6, Number(level[1]) + 2)}`;
    fitIntoPage(child, imageText);
    return child;
  }) as typeof parent.children;
}
