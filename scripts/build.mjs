// One esbuild call per output: the extension, the language server, the CLI and the tests
// are bundled to CommonJS so they run in Node and in VS Code's extension host without node_modules.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

// ESM dependencies read import.meta.url, which a CommonJS bundle lacks: give them this file's URL.
const importMetaUrl = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";
const common = {
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning',
  // esbuild rewrites every /\p{…}/u literal to `new RegExp(…)` for node20, compiled again at each evaluation (3× the
  // cost of a literal in a loop over words); Node and VS Code's extension host have read them natively since Node 10.
  supported: { 'regexp-unicode-property-escapes': true },
  define: { 'import.meta.url': '__importMetaUrl' }, banner: { js: importMetaUrl },
  // jsonc-parser's main entry is a UMD module that requires its parts at run time, out of a bundler's sight: bundle its ES build.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};
const tests = readdirSync('test').filter((f) => f.endsWith('.test.ts')).map((f) => `test/${f}`);

await Promise.all([
  // What ships is minified (source maps stay beside it for debugging); the tests are not.
  build({ ...common, minify: true, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] }),
  build({ ...common, minify: true, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' }),
  // pdf.js, apart: the server and the CLI require it only when they meet a PDF source.
  build({ ...common, minify: true, entryPoints: ['server/src/node/sources/pdfExtract.ts'], outfile: 'server/out/pdfExtract.js' }),
  // The check worker runs beside the server (server.ts starts it from its own folder) and ships in the .vsix with it.
  build({ ...common, minify: true, entryPoints: ['server/src/worker/checkWorker.ts'], outfile: 'server/out/worker.js' }),
  // The threads of a cold source index (node/sources/indexPool.ts), found next to the server, the worker and the CLI.
  build({ ...common, minify: true, entryPoints: ['server/src/worker/sourceIndexWorker.ts'], outfile: 'server/out/sourceIndexWorker.js' }),
  build({ ...common, minify: true, entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js', banner: { js: `#!/usr/bin/env node
${importMetaUrl}` } }),
  build({ ...common, entryPoints: [...tests, 'test/bench.ts', 'test/benchSources.ts', 'test/benchServer.ts', 'test/profileWorker.ts', 'test/serverPeak.ts', 'test/heapShapes.ts', 'test/probeLazyIndex.ts', 'test/eval/score.ts'], outdir: 'test/out', external: ['playwright-core'] }),
]);
