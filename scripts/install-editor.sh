#!/usr/bin/env bash
# Installs what the editor tests (npm run test:editor) need on a fresh Debian
# machine, as root. Idempotent: every step is skipped when its result is already
# there, so CI can call it on every run.
#
#   Debian packages  libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev
#                    pkg-config ripgrep chromium
#   code-server      4.100.3 (VS Code 1.100.3; later releases need Node 22+),
#                    into $POLICY_LENS_CACHE/code-server-4.100.3, outside the project
#   playwright-core  the project's devDependency; `npm ci` installs it. It drives
#                    Debian's /usr/bin/chromium: never `npx playwright install`.
#
# Only the npm registry and Debian's archive are reachable. code-server's
# dependency @vscode/ripgrep downloads ripgrep from GitHub in its postinstall;
# we hand it Debian's rg through the archive cache it checks first. node-pty's
# postinstall runs `npx node-gyp`, which waits for a "yes" without a terminal:
# npm_config_yes=true answers it. npm 11 runs no dependency install script
# unless allowed; code-server's own postinstall and those of the native modules
# it builds (node-pty, kerberos, spdlog, ...) are what make it work, so in its
# own cache folder all are allowed (npm_config_dangerously_allow_all_scripts;
# older npm ignores the setting and runs them anyway).
#
# Prints the code-server binary's path as its last line.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
RIPGREP_PKG_VERSION=1.15.11                          # @vscode/ripgrep in code-server's tree
RIPGREP_ARCHIVE=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
CACHE="${POLICY_LENS_CACHE:-$HOME/.cache/policy-lens}"
PREFIX="$CACHE/code-server-$CODE_SERVER_VERSION"
BIN="$PREFIX/node_modules/.bin/code-server"
APT_PACKAGES=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep chromium)

log() { printf 'install-editor: %s\n' "$*" >&2; }

# Another apt or dpkg (unattended upgrades, a second terminal) may hold the package
# lock: wait for it, at most $POLICY_LENS_APT_WAIT seconds (default 300), saying so,
# instead of failing at once with apt's exit code 100.
APT_WAIT="${POLICY_LENS_APT_WAIT:-300}"
apt_waiting() {
  local deadline=$((SECONDS + APT_WAIT)) said=0 out status
  while :; do
    status=0
    out="$(apt-get -o DPkg::Lock::Timeout=10 "$@" 2>&1)" || status=$?
    if ((status == 0)); then
      return 0
    fi
    if ! grep -qiE 'could not get lock|unable to acquire|is another process using it' <<<"$out"; then
      printf '%s\n' "$out" >&2
      return "$status"
    fi
    if ((SECONDS >= deadline)); then
      log "another apt/dpkg process still holds the package lock after ${APT_WAIT} s; let it finish (or set POLICY_LENS_APT_WAIT to wait longer) and run this again"
      printf '%s\n' "$out" | grep -iE 'lock' >&2 || true
      return 100
    fi
    if ((said == 0)); then
      log "waiting for another apt/dpkg process to release the package lock (at most ${APT_WAIT} s)"
      said=1
    fi
    sleep 5
  done
}

# 1. Debian packages, only when one is missing.
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt_waiting update -qq
  apt_waiting install -y -qq --no-install-recommends "${missing[@]}"
else
  log "Debian packages present"
fi

# 2. code-server, only when its binary answers with the expected version.
if [[ -x "$BIN" ]] && "$BIN" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION "; then
  log "code-server $CODE_SERVER_VERSION present in $PREFIX"
else
  log "npm install code-server@$CODE_SERVER_VERSION into $PREFIX"
  # The archive @vscode/ripgrep's postinstall looks for before downloading.
  tmp_dir="$(node -p 'require("os").tmpdir()')"
  rg_cache="$tmp_dir/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION"
  if [[ ! -s "$rg_cache/$RIPGREP_ARCHIVE" ]]; then
    mkdir -p "$rg_cache"
    staging="$(mktemp -d)"
    cp "$(command -v rg)" "$staging/rg"
    tar -czf "$rg_cache/$RIPGREP_ARCHIVE" -C "$staging" rg
    rm -rf "$staging"
  fi
  rm -rf "$PREFIX"
  mkdir -p "$PREFIX"
  # A package.json of its own, so npm installs here and not into a parent project.
  printf '{ "name": "policy-lens-code-server", "private": true }\n' > "$PREFIX/package.json"
  (
    cd "$PREFIX"
    npm_config_yes=true npm_config_dangerously_allow_all_scripts=true npm install --unsafe-perm --no-audit --no-fund --loglevel=error \
      "code-server@$CODE_SERVER_VERSION"
  ) >&2
  "$BIN" --version >/dev/null
fi

# 3. playwright-core, the project's devDependency (a fresh checkout gets it from `npm ci`).
project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ ! -f "$project/node_modules/playwright-core/package.json" ]]; then
  log "npm ci (playwright-core missing from node_modules)"
  (cd "$project" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi

echo "$BIN"
