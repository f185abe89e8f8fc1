/** The CLI's version, put in by the bundler from package.json (esbuild.mjs): the same in a repository and in an installed package. */
export function version(): string {
    return process.env.ARBEJDSEVNE_VERSION ?? '0.0.0';
}
