// The language server with its web worker transport (packages/server): the same module as in VS Code.
import '@arbejdsevne/server/main-browser';
