import { deserialize, serialize } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { SectionCodec } from '../../core/sources/sourceSetIndex';

/**
 * How many values are deflated together. A first check reads about one value in twenty of the sections it reaches (at
 * 2,000 articles, 1,213 of 22,277 in 296 sections), so inflating each section whole inflated twenty times what it read
 * (7.3 MB, a tenth of that check's CPU). Groups of eight inflate a quarter of the values (a fourth of the bytes) and pack
 * 3.4 × rather than 5.3 × (groups of four: a seventh, 2.7 ×; of sixteen: nearly half, 4.1 ×).
 */
const GROUP = 8;

/** The group holding the k-th value: the first value (a section's head, which every opening reads) alone, then eight a group. */
const groupOf = (k: number) => (k === 0 ? 0 : 1 + Math.floor((k - 1) / GROUP));
const firstOf = (g: number) => (g === 0 ? 0 : 1 + (g - 1) * GROUP);
const groupsFor = (count: number) => (count === 0 ? 0 : groupOf(count - 1) + 1);

/** The largest chunk a group's stated length makes zlib allocate: a damaged table must not ask for gigabytes. */
const MOST_INFLATED = 1 << 24;

/**
 * A source's figure section as values V8 writes one by one (so that each is read alone), in groups deflated apart
 * (`GROUP`), after a table of where each group ends: about a quarter of the bytes in the set's index file and in memory
 * (2,000 articles: 13 MB, not 45). Reading a value inflates its group (once) and deserialises that value only.
 *
 * Layout: the number of values (Int32 LE), the end of each group counted from the end of the table (Int32 LE each), the
 * length of each group inflated (Int32 LE each), then the groups; a group inflated is the end of each of its values
 * (Int32 LE each), then the values. The head's group is stored as it is: a few dozen bytes that every opening reads,
 * where making a zlib stream to inflate them cost more than the bytes (a third of the groups a first check inflated were
 * heads). A group is inflated into a buffer of its own length (`chunkSize`): zlib's default allocates 16 KB for every
 * call (a group is 3 KB by median), which took twice the CPU of inflating and was kept alive with the group.
 */
export const figureSectionCodec: SectionCodec = {
  pack: (values) => {
    const parts = values.map((v) => serialize(v));
    const groups: Buffer[] = [];
    const lengths: number[] = [];
    for (let g = 0; g < groupsFor(parts.length); g++) {
      const members = parts.slice(firstOf(g), g === 0 ? 1 : firstOf(g) + GROUP);
      const ends = Buffer.alloc(4 * members.length);
      let end = 0;
      members.forEach((part, j) => ends.writeInt32LE((end += part.length), 4 * j));
      const group = Buffer.concat([ends, ...members]);
      lengths.push(group.length);
      groups.push(g === 0 ? group : deflateRawSync(group, { level: 1 }));
    }
    const table = Buffer.alloc(4 * (1 + 2 * groups.length));
    table.writeInt32LE(parts.length, 0);
    let end = 0;
    groups.forEach((group, g) => table.writeInt32LE((end += group.length), 4 * (1 + g)));
    lengths.forEach((length, g) => table.writeInt32LE(length, 4 * (1 + groups.length + g)));
    // Copied into one array of its own: zlib's results are views into 16 KB chunks, which a share held (or posted from
    // a thread) would keep whole.
    const packed = new Uint8Array(table.length + end);
    packed.set(table, 0);
    let at = table.length;
    for (const group of groups) {
      packed.set(group, at);
      at += group.length;
    }
    return packed;
  },
  open: (bytes) => {
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const count = view.length >= 4 ? view.readInt32LE(0) : -1;
    const groups = count >= 0 ? groupsFor(count) : -1;
    const start = 4 * (1 + 2 * groups);
    if (count < 0 || start > view.length) throw new Error('not a figure section');
    const endOf = (g: number) => (g < 0 ? 0 : view.readInt32LE(4 * (1 + g)));
    if (endOf(groups - 1) !== view.length - start) throw new Error('not a figure section');
    const inflated: Array<Buffer | undefined> = [];
    const groupAt = (g: number): Buffer => {
      const known = inflated[g];
      if (known) return known;
      const [from, to] = [endOf(g - 1), endOf(g)];
      if (!(from >= 0 && from <= to && to <= view.length - start)) throw new Error('not a figure section');
      const stored = view.subarray(start + from, start + to);
      const length = view.readInt32LE(4 * (1 + groups + g));
      // zlib takes at least 64 bytes a chunk; one byte more than the group, so that its last write finds room left and
      // allocates no second chunk. A damaged length only changes how the output is chunked (then checked below).
      const group = g === 0 ? stored : inflateRawSync(stored, { chunkSize: Math.max(64, Math.min(length, MOST_INFLATED) + 1) });
      const size = g === 0 ? 1 : Math.min(GROUP, count - firstOf(g));
      if (group.length < 4 * size || group.readInt32LE(4 * (size - 1)) !== group.length - 4 * size) throw new Error('not a figure section');
      return (inflated[g] = group);
    };
    return {
      count,
      value: (k) => {
        if (!(Number.isInteger(k) && k >= 0 && k < count)) throw new RangeError(`no value ${k} in the section`);
        const g = groupOf(k);
        const group = groupAt(g);
        const j = k - firstOf(g);
        const size = g === 0 ? 1 : Math.min(GROUP, count - firstOf(g));
        return deserialize(group.subarray(4 * size + (j === 0 ? 0 : group.readInt32LE(4 * (j - 1))), 4 * size + group.readInt32LE(4 * j)));
      },
    };
  },
};
