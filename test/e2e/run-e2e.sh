#!/usr/bin/env bash
# End-to-end test of the extension in a real VS Code (code-server from npm) driven by Debian's
# Chromium: builds the .vsix, installs code-server when missing, installs the extension, serves it
# on 127.0.0.1, runs e2e.mjs, then again as a web extension (web-extension.mjs), and stops every
# process it started. Screenshots: test-output/e2e/.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/test/e2e
export E2E_DIR=${E2E_DIR:-${TMPDIR:-/tmp}/arbejdsevne-e2e}
CS_HOME=$E2E_DIR/cs
CS_DATA=$(mktemp -d "$E2E_DIR/csdata-XXXX" 2>/dev/null || { mkdir -p "$E2E_DIR"; mktemp -d "$E2E_DIR/csdata-XXXX"; })
WS=$(mktemp -d "$E2E_DIR/ws-XXXX")
SHOTS=$ROOT/test-output/e2e
PORT=${PORT:-$((20000 + RANDOM % 20000))}
start=$(date +%s)

export DEBIAN_FRONTEND=noninteractive
if ! command -v chromium >/dev/null || ! command -v curl >/dev/null || [ ! -x "$CS_HOME/node_modules/.bin/code-server" ]; then apt-get update -qq >/dev/null; fi
command -v chromium >/dev/null || apt-get install -y -qq --no-install-recommends chromium >/dev/null
command -v curl >/dev/null || apt-get install -y -qq --no-install-recommends curl >/dev/null
command -v git >/dev/null || { apt-get update -qq >/dev/null; apt-get install -y -qq --no-install-recommends git >/dev/null; }
[ -x "$CS_HOME/node_modules/.bin/code-server" ] || bash "$HERE/install-code-server.sh" "$CS_HOME" > "$E2E_DIR/install.log" 2>&1 || { tail -30 "$E2E_DIR/install.log"; exit 1; }

(cd "$ROOT/packages/vscode" && npm run package --silent >/dev/null)
VSIX=$ROOT/packages/vscode/arbejdsevne.vsix
cp "$ROOT/examples/øvelser/øvelse-3-borgerens-stemme.aev" "$WS/peter-lund.aev"
cp "$ROOT/examples/fie-hansen.aev" "$WS/fie-hansen.aev"
# A folder under git with one committed description: "Sammenlign med …" compares the working file with HEAD.
cp "$ROOT/examples/fie-hansen.aev" "$WS/over-tid.aev"
git -C "$WS" init -q && git -C "$WS" add over-tid.aev && git -C "$WS" -c user.name=Kursus -c user.email=kursus@example.invalid commit -qm "Første version"
mkdir -p "$CS_DATA/user/User" "$E2E_DIR/home"
echo '{ "workbench.startupEditor": "none", "security.workspace.trust.enabled": false, "files.simpleDialog.enable": true, "window.dialogStyle": "custom" }' > "$CS_DATA/user/User/settings.json"

cleanup() { [ -f "$CS_DATA/server.pid" ] && kill "$(cat "$CS_DATA/server.pid")" 2>/dev/null || true; [ -n "${E2E_KEEP:-}" ] || rm -rf "$WS" "$CS_DATA"; }
trap cleanup EXIT
HOME=$E2E_DIR/home XDG_CONFIG_HOME=$E2E_DIR/home/.config "$CS_HOME/node_modules/.bin/code-server" --config "$CS_DATA/config.yaml" \
  --user-data-dir "$CS_DATA/user" --extensions-dir "$CS_DATA/ext" --install-extension "$VSIX" --force > "$E2E_DIR/install-ext.log" 2>&1
CS_HOME=$CS_HOME CS_DATA=$CS_DATA PORT=$PORT E2E_DIR=$E2E_DIR bash "$HERE/start-code-server.sh" "$WS" > /dev/null
node "$ROOT/test/e2e/e2e.mjs" "http://127.0.0.1:$PORT/?folder=$WS" "$SHOTS" "$WS"

# The same .vsix as a web extension: forced into the web worker extension host, fresh files.
kill "$(cat "$CS_DATA/server.pid")"; rm -f "$CS_DATA/server.pid"
rm -f "$WS"/*.pdf; rm -rf "$WS/.vscode"
echo '{ "workbench.startupEditor": "none", "security.workspace.trust.enabled": false, "files.simpleDialog.enable": true, "window.dialogStyle": "custom", "extensions.webWorker": true, "remote.extensionKind": { "arbejdsevne.arbejdsevne": ["web"] } }' > "$CS_DATA/user/User/settings.json"
CS_HOME=$CS_HOME CS_DATA=$CS_DATA PORT=$PORT E2E_DIR=$E2E_DIR bash "$HERE/start-code-server.sh" "$WS" > /dev/null
node "$ROOT/test/e2e/web-extension.mjs" "http://127.0.0.1:$PORT/?folder=$WS" "$SHOTS" "$WS"
echo "e2e: $(( $(date +%s) - start )) s"
