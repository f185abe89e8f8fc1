#!/usr/bin/env bash
# Starts code-server on 127.0.0.1:$PORT without authentication, with its own user, extension and
# home folders (code-server and Chromium write there), and waits until it answers.
# env: CS_HOME (install-code-server.sh's DEST), CS_DATA (user/extension/log folder), PORT, E2E_DIR.
# usage: start-code-server.sh FOLDER     stop: kill "$(cat "$CS_DATA/server.pid")"
set -eu
: "${CS_HOME:?}" "${CS_DATA:?}" "${PORT:?}" "${E2E_DIR:?}"
export HOME=$E2E_DIR/home XDG_CONFIG_HOME=$E2E_DIR/home/.config XDG_DATA_HOME=$E2E_DIR/home/.local/share
mkdir -p "$HOME" "$CS_DATA/user/User"; touch "$CS_DATA/config.yaml"
nohup "$CS_HOME/node_modules/.bin/code-server" \
  --config "$CS_DATA/config.yaml" \
  --auth none --bind-addr "127.0.0.1:$PORT" \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  --disable-getting-started-override \
  --user-data-dir "$CS_DATA/user" --extensions-dir "$CS_DATA/ext" \
  "${1:?folder}" > "$CS_DATA/server.log" 2>&1 &
echo $! > "$CS_DATA/server.pid"
for _ in $(seq 1 60); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null && exit 0
  sleep 0.5
done
echo "code-server svarede ikke på 127.0.0.1:$PORT" >&2; tail -20 "$CS_DATA/server.log" >&2; exit 1
