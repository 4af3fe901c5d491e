#!/usr/bin/env bash
# Prepares the end-to-end tests (test/e2e/run.cjs): Debian packages, code-server (a real
# VS Code, from the npm registry) in a cache folder, and a fresh newsproof.vsix.
# Idempotent: each part is skipped when already done. Why each step: docs/real-vscode.md.
#
#   E2E_HOME   where code-server is installed (default: <repo>/.e2e/code-server)
set -euo pipefail

CS_VERSION=4.100.3
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
E2E_HOME=${E2E_HOME:-$REPO/.e2e/code-server}
LOGS=$REPO/.e2e/logs
mkdir -p "$E2E_HOME" "$LOGS"
E2E_HOME=$(cd "$E2E_HOME" && pwd)

say() { echo "[e2e-setup] $*"; }
# run NAME CMD...: runs CMD with its output in $LOGS/NAME.log; shows the log's tail on failure.
run() {
  local name=$1; shift
  if ! "$@" >"$LOGS/$name.log" 2>&1; then
    say "FAILED: $* (log: $LOGS/$name.log)"
    tail -n 40 "$LOGS/$name.log" >&2
    exit 1
  fi
}

# 1. Debian packages (build tools for code-server's native modules, ripgrep, Chromium).
PKGS=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep chromium)
missing=()
for p in "${PKGS[@]}"; do
  if [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" != installed ]; then missing+=("$p"); fi
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  say "installing Debian packages: ${missing[*]}"
  run apt-update $SUDO apt-get update
  run apt-install $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

# 2. code-server, following the recipe step by step (its own install scripts would download
#    ripgrep from GitHub and refuse to run as root).
MARKER=$E2E_HOME/.installed-code-server-$CS_VERSION
if [ ! -f "$MARKER" ]; then
  say "installing code-server $CS_VERSION into $E2E_HOME (takes a few minutes, once)"
  export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
  cd "$E2E_HOME"
  [ -f package.json ] || run npm-init npm init -y
  run cs-install npm install --ignore-scripts "code-server@$CS_VERSION"
  run cs-argon2 npm rebuild argon2
  cd "$E2E_HOME/node_modules/code-server/lib/vscode"
  run vscode-install npm install --omit=dev --ignore-scripts
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  run vscode-rebuild npm rebuild
  ln -sfn node_modules node_modules.asar
  (cd bin/remote-cli && ln -sf code-linux.sh code-server)
  (cd bin/helpers && ln -sf browser-linux.sh browser.sh)
  cd extensions
  run vscode-extensions npm install --omit=dev
  cd "$E2E_HOME"
  run cs-version "$E2E_HOME/node_modules/.bin/code-server" --version
  touch "$MARKER"
  say "code-server installed: $(head -n 1 "$LOGS/cs-version.log")"
fi

# 3. The extension package, rebuilt when missing or older than anything that goes into it.
cd "$REPO"
if [ ! -d node_modules ]; then
  say "npm ci"
  run npm-ci npm ci
fi
VSIX=$REPO/newsproof.vsix
if [ ! -f "$VSIX" ] || [ -n "$(find client/src server/src syntaxes samples package.json package-lock.json \
    README.md LICENSE images/.npmignore scripts/build.mjs tsconfig.json -newer "$VSIX" -print -quit 2>/dev/null)" ]; then
  say "npm run package"
  run package npm run package
fi
say "ready: code-server $CS_VERSION in $E2E_HOME, $(basename "$VSIX")"
