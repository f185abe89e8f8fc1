import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { fontDirectory } from '@arbejdsevne/report/node';
import { CliError, EXIT } from '../exit-codes.js';

/** The playground's site (packages/web/dist): beside the bundle in an installed package, or in the repository. */
export function webDirectory(): string | undefined {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const candidates = [path.join(here, 'web'), path.join(here, '..', 'web'), path.resolve(here, '..', '..', 'web', 'dist'), path.resolve(here, '..', '..', '..', 'web', 'dist')];
    return candidates.find(dir => existsSync(path.join(dir, 'index.html')));
}

/**
 * The page's own policy (its meta tag, packages/web/static/index.html, the one place it is written)
 * as a header too, with what only a header can say: the page is never framed.
 */
function securityHeaders(directory: string): Record<string, string> {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(readFileSync(path.join(directory, 'index.html'), 'utf8'))?.[1];
    if (!policy) throw new CliError('Øvelsesrummets index.html mangler sin Content-Security-Policy; det startes ikke uden.', EXIT.USAGE);
    return {
        'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Opener-Policy': 'same-origin',
    };
}

export interface WebServer { url: string; server: Server; close: () => Promise<void> }

/**
 * Serves the playground on 127.0.0.1 (the default: only this computer reaches it), or on the
 * address a teacher names for a course room's network (`--vært`).
 */
export async function startWebServer(directory: string, port: number, host = '127.0.0.1'): Promise<WebServer> {
    const headers = securityHeaders(directory);
    const options = { dev: false, etag: true, gzip: false, brotli: false };
    const files = sirv(directory, options);
    // The packed CLI ships the fonts once (dist/fonts, for its PDFs) and serves them to the page from there.
    const fonts = existsSync(path.join(directory, 'fonts')) ? undefined : sirv(fontDirectory(), options);
    const server = createServer((request, response) => {
        // On every response, a 404 too.
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        const notFound = () => {
            response.statusCode = 404;
            response.setHeader('Content-Type', 'text/plain; charset=utf-8');
            response.end('Ikke fundet.');
        };
        if (fonts && request.url?.startsWith('/fonts/')) {
            request.url = request.url.slice('/fonts'.length);
            fonts(request, response, notFound);
        } else {
            files(request, response, notFound);
        }
    });
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => { server.off('error', reject); resolve(); });
    });
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    const shown = host === '0.0.0.0' || host === '::' ? '<denne computers adresse>' : host.includes(':') ? `[${host}]` : host;
    return { url: `http://${shown}:${actual}/`, server, close: () => new Promise(resolve => server.close(() => resolve())) };
}

/** Said before the address when the playground is served beyond this computer. */
export const NETWORK_WARNING = 'ADVARSEL: Øvelsesrummet kan nu nås af alle på netværket, ikke kun af denne computer. Brug det kun på kursuslokalets eget netværk og kun med fiktive sager: teksten bliver i hver deltagers browser, men enhver på netværket kan åbne siden. Stop det med Ctrl+C efter kurset.';

export async function runWeb(options: { port?: string; vært?: string }, out: (text: string) => void): Promise<number> {
    const directory = webDirectory();
    if (!directory) throw new CliError('Øvelsesrummet er ikke bygget her. Kør "npm run build:web" i projektet.', EXIT.USAGE);
    const wanted = options.port === undefined ? 4173 : Number(options.port);
    if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) throw new CliError(`--port skal være et tal fra 0 til 65535, ikke "${options.port}".`, EXIT.USAGE);
    let web: WebServer;
    try {
        web = await startWebServer(directory, wanted, options.vært);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || options.port !== undefined) {
            throw new CliError(`Øvelsesrummet kunne ikke starte på port ${wanted}: ${(error as Error).message}`, EXIT.USAGE);
        }
        web = await startWebServer(directory, 0, options.vært);
    }
    const local = options.vært === undefined || options.vært === '127.0.0.1' || options.vært === 'localhost' || options.vært === '::1';
    if (!local) out(NETWORK_WARNING);
    out(`Øvelsesrummet kører på ${web.url}`);
    out(local
        ? 'Åbn adressen i browseren. Kun denne computer kan nå den, og intet sendes andre steder hen. Tryk Ctrl+C for at stoppe.'
        : 'Deltagerne åbner adressen i deres browser. Siden henter kun sine egne filer, og intet sendes andre steder hen. Tryk Ctrl+C for at stoppe.');
    // Runs until Ctrl+C.
    await new Promise<void>(resolve => web.server.once('close', () => resolve()));
    return EXIT.OK;
}
