'use strict';
// `npm run test:vscode`: runs test/vscode/suite in VS Code desktop through @vscode/test-electron.
// VS Code is downloaded on demand (or taken from VSCODE_EXECUTABLE_PATH). Without network access the
// download cannot happen, and that is not a test failure: the run says so and exits 0. Any other
// failure, including a failing test, exits non-zero.
const cp = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { downloadAndUnzipVSCode, makeConsoleReporter, ProgressReportStage, runTests } = require('@vscode/test-electron');

const ROOT = path.resolve(__dirname, '..', '..');
// Inside test/vscode so the run writes nothing else into the repository; `.vscode-test/` is git-ignored.
const CACHE = path.join(__dirname, '.vscode-test');
// Until the archive starts to arrive; after that the library's own idle timeout catches a stalled download.
const DOWNLOAD_DEADLINE_MS = 60_000;
const NETWORK_ERROR_CODES = new Set([
  'ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'EPROTO',
  'CERT_HAS_EXPIRED', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);

function ensureBuilt() {
  const outputs = ['server/out/server.js', 'client/out/extension.js'];
  if (outputs.every((file) => fs.existsSync(path.join(ROOT, file)))) return;
  console.log('test:vscode: building the extension first (npm run build)');
  const build = cp.spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal})`);
}

/** Why the download failed, when the cause is the network (no connection, DNS, proxy, TLS, timeout); otherwise undefined. */
function networkReason(error) {
  if (!error) return undefined;
  const code = typeof error === 'object' ? error.code : undefined;
  const message = typeof error === 'string' ? error : String(error.message ?? error);
  if (NETWORK_ERROR_CODES.has(code)) return [code, error.hostname].filter(Boolean).join(' ');
  // The library rejects with bare strings when the update server answers but not with what it expects (e.g. a proxy's error page).
  if (/timeout|timed out|Failed to get JSON|Failed to get VS Code archive location/i.test(message)) return message;
  return undefined;
}

/** Downloads VS Code (or reuses the cached copy); rejects with the underlying error rather than the library's generic one. */
async function downloadVSCode() {
  const consoleReporter = await makeConsoleReporter();
  let lastError;
  let deadline;
  const reporter = {
    report(report) {
      if (report.stage === ProgressReportStage.Retrying) lastError = report.error;
      if ((report.stage === ProgressReportStage.Downloading && report.bytesSoFar > 0) || report.stage === ProgressReportStage.FoundMatchingInstall) clearTimeout(deadline);
      consoleReporter.report(report);
    },
    error(error) {
      lastError = error;
      consoleReporter.error(error);
    },
  };
  const timedOut = new Promise((_, reject) => {
    deadline = setTimeout(() => reject(new Error(`timed out: no download within ${DOWNLOAD_DEADLINE_MS / 1000} s`)), DOWNLOAD_DEADLINE_MS);
  });
  try {
    return await Promise.race([downloadAndUnzipVSCode({ extensionDevelopmentPath: ROOT, cachePath: CACHE, reporter }), timedOut]);
  } catch (error) {
    // After its retries the library throws a generic "Failed to download"; the cause is what it reported before.
    throw networkReason(error) || !lastError ? error : lastError;
  } finally {
    clearTimeout(deadline);
  }
}

async function main() {
  ensureBuilt();

  let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
  if (!vscodeExecutablePath) {
    try {
      vscodeExecutablePath = await downloadVSCode();
    } catch (error) {
      const reason = networkReason(error);
      if (!reason) throw error;
      console.log(`test:vscode skipped: VS Code desktop could not be downloaded (${reason}); this suite runs where VS Code can be downloaded, e.g. a developer machine with internet.`);
      return 0;
    }
  }

  // A fresh profile and a copy of the sample drafts, so the run neither depends on nor touches the developer's setup or the repo.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsproof-vscode-'));
  const workspace = path.join(scratch, 'drafts');
  fs.cpSync(path.join(ROOT, 'samples', 'drafts'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.cjs'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        // runTests adds this too in 2.x; repeating it is harmless and keeps the workspace trusted in any version.
        '--disable-workspace-trust',
        // The server words its messages in the UI language; the tests check the English ones.
        '--locale=en',
        `--user-data-dir=${path.join(scratch, 'user-data')}`,
        `--extensions-dir=${path.join(scratch, 'extensions')}`,
      ],
    });
    return 0;
  } catch (error) {
    console.error(`test:vscode failed: ${error instanceof Error ? error.message : error}`);
    return 1;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('test:vscode failed:', error);
    process.exit(1);
  },
);
