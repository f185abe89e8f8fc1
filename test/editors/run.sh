#!/usr/bin/env bash
# Tries the set-ups of docs/editorer.md in the editors Debian ships (Neovim 0.7, Emacs 28 with
# elpa-eglot): `apt-get install neovim emacs-nox elpa-eglot`, then `bash test/editors/run.sh`
# after `npm run build`. Not part of `npm test`: the editors are large and not needed by anything else.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="$(mktemp -d)"
trap 'rm -rf "$DIR"' EXIT
BIN="$ROOT/packages/cli/dist/bin.js"
# The set-ups are the ones in docs/editorer.md (a test keeps them equal), pointed at this build.
sed "s|{ 'arbejdsevne', 'lsp' }|{ 'node', '$BIN', 'lsp' }|" "$ROOT/test/editors/neovim-0.7.lua" > "$DIR/init.lua"
sed "s|(\"arbejdsevne\" \"lsp\")|(\"node\" \"$BIN\" \"lsp\")|" "$ROOT/test/editors/emacs-eglot.el" > "$DIR/init.el"
sed 's/ydelse: kontanthjælp siden/ydelse: kontanthjaelp siden/' "$ROOT/examples/fie-hansen.aev" > "$DIR/sag.aev"
status=0

if command -v nvim >/dev/null; then
    echo "Neovim: $(nvim --version | head -1)"
    (cd "$DIR" && ARBEJDSEVNE_OUT="$DIR/nvim.txt" timeout 60 nvim --headless -u "$DIR/init.lua" sag.aev -c "luafile $ROOT/test/editors/neovim-probe.lua")
    cat "$DIR/nvim.txt"
    grep -q '^diagnostic 7:13 GEN-09$' "$DIR/nvim.txt" && grep -q '^hover \*\*ydelse\*\*' "$DIR/nvim.txt" \
        && grep -q '^formatted     ydelse: kontanthjælp' "$DIR/nvim.txt" && echo "Neovim: ok" || { echo "Neovim: FEJL"; status=1; }
fi

if command -v emacs >/dev/null; then
    echo "Emacs: $(emacs --version | head -1)"
    (cd "$DIR" && git init -q . && ARBEJDSEVNE_FILE="$DIR/sag.aev" ARBEJDSEVNE_OUT="$DIR/emacs.txt" timeout 60 emacs --batch -l "$DIR/init.el" -l "$ROOT/test/editors/emacs-probe.el" >/dev/null 2>&1)
    cat "$DIR/emacs.txt"
    grep -q '^diagnostic 7 arbejdsevne \[GEN-09\]$' "$DIR/emacs.txt" && echo "Emacs: ok" || { echo "Emacs: FEJL"; status=1; }
fi
exit $status
