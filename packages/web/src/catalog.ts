/** What the page offers besides the editor, made when the site is built (esbuild.mjs): the examples. */
export interface Example { name: string; title: string; text: string }
export interface Catalog {
    groups: Array<{ label: string; items: Example[] }>;
    /** The case shown on a first visit. */
    welcome: Example;
}

export async function loadCatalog(): Promise<Catalog> {
    const response = await fetch('eksempler.json');
    if (!response.ok) throw new Error(`eksempler.json: ${response.status}`);
    return await response.json() as Catalog;
}
