/**
 * The PDF reader, bundled as its own file (server/out/pdfExtract.js) and loaded only when a PDF source is met:
 * pdf.js is large, and most writers' sources are web pages and text.
 */
import { extractText, getDocumentProxy, getMeta } from 'unpdf';

export interface PdfContent {
  pages: string[];
  title?: string;
  author?: string;
  published?: string;
}

export async function extractPdf(bytes: Uint8Array): Promise<PdfContent> {
  const pdf = await getDocumentProxy(bytes);
  const { text } = await extractText(pdf, { mergePages: false });
  const { info } = await getMeta(pdf);
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const created = str(info?.CreationDate);
  const date = created && /^D:(\d{4})(\d{2})(\d{2})/.exec(created);
  return {
    pages: text,
    ...(str(info?.Title) ? { title: str(info.Title) } : {}),
    ...(str(info?.Author) ? { author: str(info.Author) } : {}),
    ...(date ? { published: `${date[1]}-${date[2]}-${date[3]}` } : {}),
  };
}
