/**
 * A figure section's bytes (`figureSectionCodec`): its values deflated in groups, so that reading one value inflates
 * its group alone. Every value reads back as packed, whatever the count (around the borders of the groups), a damaged
 * group costs its own values and no others, and bytes that are no section are refused at opening.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serialize } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { figureSectionCodec } from '../server/src/node/sources/figureSectionCodec';

/** Values as a section holds them: a head, then entries of figures and facts, then sets of concepts. */
function valuesOf(count: number): unknown[] {
  return Array.from({ length: count }, (_, k) =>
    k === 0 ? { figures: count - 1, derived: 0, sentences: [] } : k % 3 ? [{ kind: 'money', value: k * 1.5, text: `${k} Mio. Euro` }, { entities: [`Firma ${k}`], attributes: ['Umsatz'] }, k, []] : new Set([`concept:${k}`, 'name:Nvidia']),
  );
}

test('every value of a section reads back as it was packed, for any count of values', () => {
  for (const count of [0, 1, 2, 8, 9, 10, 16, 17, 18, 73]) {
    const values = valuesOf(count);
    const opened = figureSectionCodec.open(figureSectionCodec.pack(values));
    assert.equal(opened.count, count);
    // Backwards, so that no group is read in order by luck.
    for (let k = count - 1; k >= 0; k--) assert.deepEqual(opened.value(k), values[k], `value ${k} of ${count}`);
    assert.throws(() => opened.value(count), RangeError);
  }
});

test('reading one value inflates only its group: the head (stored as it is) and a value of the last group inflate that group alone, not the section', () => {
  const values = valuesOf(73);
  const bytes = figureSectionCodec.pack(values);
  // The codec calls zlib through the module's exports: each call counted, by the bytes it gives back.
  const zlib = module.require('node:zlib') as typeof import('node:zlib');
  const inflate = zlib.inflateRawSync;
  const inflated: number[] = [];
  zlib.inflateRawSync = (buffer, options) => {
    const out = inflate(buffer, options);
    inflated.push(out.length);
    return out;
  };
  try {
    const opened = figureSectionCodec.open(bytes);
    assert.deepEqual(opened.value(0), values[0]);
    assert.deepEqual(opened.value(72), values[72]);
    assert.deepEqual(opened.value(70), values[70], 'the same group, inflated once');
  } finally {
    zlib.inflateRawSync = inflate;
  }
  assert.equal(inflated.length, 1);
  const whole = inflateRawSync(deflateRawSync(Buffer.concat(values.map((v) => serialize(v))))).length;
  assert.ok(inflated[0] < whole / 4, `${inflated[0]} bytes inflated of ${whole}`);
});

test('a damaged group costs its own values, not the others; bytes that are no section are refused at opening', () => {
  const values = valuesOf(30);
  const bytes = figureSectionCodec.pack(values);
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The table: the count, then where each group ends (0: the head; 1: values 1–8; 2: values 9–16; …), then their lengths inflated.
  const groupStart = 4 * (1 + 2 * 5) + view.readInt32LE(4 * 2);
  const damaged = Uint8Array.from(bytes);
  damaged.fill(7, groupStart, 4 * (1 + 2 * 5) + view.readInt32LE(4 * 3));
  const opened = figureSectionCodec.open(damaged);
  for (const k of [0, 1, 8, 17, 29]) assert.deepEqual(opened.value(k), values[k], `value ${k}`);
  for (const k of [9, 16]) assert.throws(() => opened.value(k), `value ${k} stands in the damaged group`);
  for (const no of [new Uint8Array(0), new Uint8Array(200).fill(7), bytes.subarray(0, bytes.length - 1), Uint8Array.from([...bytes, 0])]) {
    assert.throws(() => figureSectionCodec.open(no), /not a figure section/);
  }
});

test('a group is inflated into a buffer of its own length, not zlib\'s 16 KB chunk; a damaged length only changes the chunking', () => {
  const values = valuesOf(30);
  const bytes = figureSectionCodec.pack(values);
  const zlib = module.require('node:zlib') as typeof import('node:zlib');
  const inflate = zlib.inflateRawSync;
  const asked: Array<{ chunkSize?: number; length: number }> = [];
  zlib.inflateRawSync = (buffer, options) => {
    const out = inflate(buffer, options);
    asked.push({ chunkSize: (options as { chunkSize?: number } | undefined)?.chunkSize, length: out.length });
    return out;
  };
  try {
    const opened = figureSectionCodec.open(bytes);
    for (const k of [1, 9, 29]) assert.deepEqual(opened.value(k), values[k], `value ${k}`);
    // The lengths inflated stand after where each group ends (5 groups): wrong ones read the same values.
    for (const length of [0, 1 << 30]) {
      const damaged = Uint8Array.from(bytes);
      Buffer.from(damaged.buffer).writeInt32LE(length, 4 * (1 + 5 + 1));
      assert.deepEqual(figureSectionCodec.open(damaged).value(1), values[1], `group 1 stated as ${length} bytes`);
    }
  } finally {
    zlib.inflateRawSync = inflate;
  }
  assert.deepEqual(asked.slice(0, 3).map((a) => a.chunkSize), asked.slice(0, 3).map((a) => Math.max(64, a.length + 1)));
  assert.ok(asked[4].chunkSize! <= (1 << 24) + 1, 'a stated length of 1 GB asks zlib for 16 MB at most');
});
