import { DefaultSerializer } from 'node:v8';

/** Typed arrays this large are handed out as they are, not copied into the serialiser's buffer. */
const APART_BYTES = 64 * 1024;

/**
 * `v8.serialize(value)` as a list of byte runs whose concatenation is the very same bytes, with every typed array of
 * 64 KB or more (a set's figure sections, its postings, its quotations' bytes) a run of its own that is the array's own
 * memory: writing a set's index file of 20 MB no longer makes a second copy of it in one buffer (the peak of a cold
 * index of 2,000 articles). Node's serialiser writes a typed array as its type, its length and its raw bytes: the
 * bytes written so far are taken out before the raw bytes, which stand as they are, and the serialiser goes on.
 */
export function serializeInParts(value: unknown): Uint8Array[] {
  const parts: Uint8Array[] = [];
  const serializer = new (class extends DefaultSerializer {
    writeRawBytes(bytes: NodeJS.TypedArray): void {
      if (bytes.byteLength < APART_BYTES) return super.writeRawBytes(bytes);
      parts.push(this.releaseBuffer(), new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    }
  })();
  serializer.writeHeader();
  serializer.writeValue(value);
  parts.push(serializer.releaseBuffer());
  return parts;
}
