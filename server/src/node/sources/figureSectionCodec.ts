import { deserialize, serialize } from 'node:v8';
import type { FigureSection, SectionCodec } from '../../core/sources/sourceSetIndex';

/** A source's figure section as V8 writes it: Maps, Sets and shared figures kept as they are. */
export const figureSectionCodec: SectionCodec = {
  pack: (section) => serialize(section),
  unpack: (bytes) => {
    const section = deserialize(bytes) as FigureSection;
    if (!Array.isArray(section?.figures) || !Array.isArray(section.derived) || !(section.concepts instanceof Map)) throw new Error('not a figure section');
    return section;
  },
};
