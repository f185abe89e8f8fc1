/**
 * Where the text is kept on a shared PC: only for this browser tab (sessionStorage) unless the user
 * ticks "Husk i denne browser" (localStorage). "Ryd alt" removes both.
 */
export interface SavedDocument { name: string; text: string }

const DOCUMENT = 'arbejdsevne.dokument';
const REMEMBER = 'arbejdsevne.husk';
/** The version the text is compared with ("Ændringer"): the text as opened, or as the user last kept it with "Gem version". */
const BASELINE = 'arbejdsevne.version';

export function remembers(): boolean {
    return localStorage.getItem(REMEMBER) === 'ja';
}

export function loadDocument(): SavedDocument | undefined {
    return read(DOCUMENT);
}

export function saveDocument(document: SavedDocument): void {
    store(DOCUMENT, document);
}

export function loadBaseline(): SavedDocument | undefined {
    return read(BASELINE);
}

export function saveBaseline(document: SavedDocument): void {
    store(BASELINE, document);
}

function store(key: string, document: SavedDocument): void {
    const raw = JSON.stringify(document);
    sessionStorage.setItem(key, raw);
    if (remembers()) localStorage.setItem(key, raw);
}

function read(key: string): SavedDocument | undefined {
    const raw = sessionStorage.getItem(key) ?? (remembers() ? localStorage.getItem(key) : null);
    if (!raw) return undefined;
    try {
        const saved = JSON.parse(raw) as Partial<SavedDocument>;
        return typeof saved.name === 'string' && typeof saved.text === 'string' ? { name: saved.name, text: saved.text } : undefined;
    } catch {
        return undefined;
    }
}

export function setRemember(on: boolean, current: SavedDocument | undefined): void {
    if (on) {
        localStorage.setItem(REMEMBER, 'ja');
        if (current) localStorage.setItem(DOCUMENT, JSON.stringify(current));
        const baseline = sessionStorage.getItem(BASELINE);
        if (baseline) localStorage.setItem(BASELINE, baseline);
    } else {
        localStorage.removeItem(REMEMBER);
        localStorage.removeItem(DOCUMENT);
        localStorage.removeItem(BASELINE);
    }
}

export function clearAll(): void {
    for (const key of [DOCUMENT, BASELINE]) {
        sessionStorage.removeItem(key);
        localStorage.removeItem(key);
    }
    localStorage.removeItem(REMEMBER);
}
