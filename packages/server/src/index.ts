export * from './protocol.js';
export { startArbejdsevneServer, type ServerPlatform } from './language-server.js';
