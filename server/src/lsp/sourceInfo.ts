import type { SourceIndex } from '../core';
import type { SourceInfo } from '../protocol';

/** `newsproof/sources`: each indexed article with its provenance and sentence count. */
export function sourceInfos(index: SourceIndex): SourceInfo[] {
  return index.sources.map((s) => ({
    uri: s.input.uri,
    title: s.title,
    sentences: index.sentencesOf(s).length,
    ...(s.url ? { url: s.url } : {}),
    ...(s.outlet ? { outlet: s.outlet } : {}),
    ...(s.published ? { published: s.published } : {}),
  }));
}
