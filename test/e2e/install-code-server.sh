#!/usr/bin/env bash
# Installs code-server (a real VS Code workbench served to a browser) from the npm registry, for the
# end-to-end test. The usual test runners (@vscode/test-electron, @vscode/test-web) download a VS Code
# build at run time, which a machine that reaches only npm and Debian cannot do.
#
# usage: install-code-server.sh DEST        (about 45 s and 300 MB the first time)
#
# code-server 4.100.3 (VS Code 1.100.3) is the newest release whose engines.node is 20; newer ones
# want Node 22 and their postinstall stops on a Node major mismatch. A plain `npm install
# code-server` fails here in four places, each handled below:
#  1. As root its postinstall refuses to run unless npm_config_unsafe_perm=true (npm 11 no longer
#     knows the option; the script reads only the environment variable).
#  2. VS Code's `kerberos` module compiles against gssapi/gssapi.h: Debian's libkrb5-dev.
#  3. @vscode/ripgrep's postinstall downloads rg from GitHub. It does nothing when its bin/ exists,
#     so VS Code's modules are installed without scripts, Debian's /usr/bin/rg is linked into bin/,
#     and only then are the native modules rebuilt.
#  4. node-pty's postinstall runs `npx node-gyp`, refused where npm is set to yes=false.
# argon2 finds no prebuilt binary (GitHub) and compiles from source with node-gyp, which works.
set -euo pipefail
DEST=${1:?usage: install-code-server.sh DEST}
VER=${CODE_SERVER_VERSION:-4.100.3}

export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends build-essential pkg-config python3 libkrb5-dev ripgrep >/dev/null

mkdir -p "$DEST" && cd "$DEST"
[ -f package.json ] || npm init -y >/dev/null
export npm_config_unsafe_perm=true   # 1
export npm_config_yes=true           # 4

# code-server itself, without its postinstall (which would reach GitHub through ripgrep, 3).
npm install "code-server@$VER" --ignore-scripts --no-audit --no-fund
npm rebuild argon2 --foreground-scripts

CS="$DEST/node_modules/code-server"
cd "$CS/lib/vscode"
npm install --omit=dev --ignore-scripts --no-audit --no-fund
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg   # 3
# Native modules: node-pty, @parcel/watcher, @vscode/spdlog, kerberos (2), native-watchdog …
npm rebuild --foreground-scripts
# What the rest of code-server's postinstall.sh does.
rm -rf node_modules.asar && ln -s node_modules node_modules.asar
(cd bin/remote-cli && rm -f code-server && ln -s code-linux.sh code-server)
(cd bin/helpers && rm -f browser.sh && ln -s browser-linux.sh browser.sh)
cd extensions
npm install --omit=dev --no-audit --no-fund   # the built-in TypeScript/JSON extensions
echo "code-server installed: $CS/out/node/entry.js"
