/**
 * `node test/out/heapShapes.js FILE.heapsnapshot [rows]`: what a heap snapshot (`profileWorker.js --snapshot`) holds, by
 * the shape of its objects: their constructor and property names, how many, their own bytes, and the bytes of the
 * arrays and stores they alone point to. The snapshot's own summary groups every plain object as `Object` and every
 * array as `Array`: a 1 MB draft's analysis is 700,000 of the one and 500,000 of the other, no structure above 8 MB,
 * and which of its types those are is what a change to its memory has to know. Numbers-only objects (spans, windows)
 * show no properties: a small integer is no heap object, so no edge names it. An array held by an object counts in the
 * row of the first object that points to it (in the snapshot's order) and in the row `Array{}` too.
 */
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

const [file, rowsArgument] = process.argv.slice(2);
if (!file) {
  console.error('usage: node test/out/heapShapes.js FILE.heapsnapshot [rows]');
  process.exit(2);
}
const { snapshot, nodes, edges, strings } = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
const { node_fields: nodeFields, node_types: [nodeTypes], edge_fields: edgeFields, edge_types: [edgeTypes] } = snapshot.meta;
const [N, E] = [nodeFields.length, edgeFields.length];
const [TYPE, NAME, SELF, EDGES] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nodeFields.indexOf(f));
const [EDGE_TYPE, EDGE_NAME, TO] = ['type', 'name_or_index', 'to_node'].map((f) => edgeFields.indexOf(f));
const count = nodes.length / N;
const firstEdge = new Uint32Array(count + 1);
for (let i = 0, e = 0; i < count; i++) {
  firstEdge[i] = e;
  e += nodes[i * N + EDGES] * E;
}
firstEdge[count] = edges.length;

const typeOf = (i: number) => nodeTypes[nodes[i * N + TYPE]];
const nameOf = (i: number) => strings[nodes[i * N + NAME]];
const selfOf = (i: number) => nodes[i * N + SELF];
const isArray = (i: number) => typeOf(i) === 'object' && nameOf(i) === 'Array';
function* edgesOf(i: number): Generator<{ type: string; name: string; to: number }> {
  for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += E) {
    const type = edgeTypes[edges[e + EDGE_TYPE]];
    yield { type, name: type === 'property' ? strings[edges[e + EDGE_NAME]] : '', to: edges[e + TO] / N };
  }
}
/** An array with its store (the elements' backing array, a V8 `array` node). */
const arrayBytes = (i: number) => {
  let bytes = selfOf(i);
  for (const edge of edgesOf(i)) if (typeOf(edge.to) === 'array') bytes += selfOf(edge.to);
  return bytes;
};

const shapes = new Map<string, { objects: number; self: number; owned: number }>();
// An array or store two objects point to (a carried list shared by consecutive states) counts for the first only.
const claimed = new Uint8Array(count);
const claim = (i: number, bytes: number) => (claimed[i] ? 0 : ((claimed[i] = 1), bytes));
for (let i = 0; i < count; i++) {
  if (typeOf(i) !== 'object') continue;
  const properties: string[] = [];
  const owned: number[] = [];
  for (const edge of edgesOf(i)) {
    if (edge.type === 'property' && edge.name !== '__proto__') properties.push(edge.name);
    if (edge.type === 'weak' || edge.type === 'shortcut') continue;
    if (typeOf(edge.to) === 'array' || typeOf(edge.to) === 'hidden') owned.push(claim(edge.to, selfOf(edge.to)));
    else if (edge.type === 'property' && isArray(edge.to) && !isArray(i)) owned.push(claim(edge.to, arrayBytes(edge.to)));
  }
  const shape = `${nameOf(i)}{${properties.slice(0, 8).join(',')}}`;
  const entry = shapes.get(shape) ?? { objects: 0, self: 0, owned: 0 };
  entry.objects++;
  entry.self += selfOf(i);
  entry.owned += owned.reduce((a, b) => a + b, 0);
  shapes.set(shape, entry);
}
const mb = (bytes: number) => (bytes / 1048576).toFixed(1).padStart(6);
console.log(' total   self  objects  shape (constructor{properties}); total = self + the arrays and stores it points to');
const rows = [...shapes].sort(([, a], [, b]) => b.self + b.owned - (a.self + a.owned)).slice(0, Number(rowsArgument ?? 40));
for (const [shape, { objects, self, owned }] of rows) console.log(`${mb(self + owned)} ${mb(self)} ${String(objects).padStart(8)}  ${shape.slice(0, 140)}`);
