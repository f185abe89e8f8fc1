/**
 * Where the text is kept on a shared PC: only for this browser tab (sessionStorage) unless the user
 * ticks "Husk i denne browser" (localStorage). "Ryd alt" removes both.
 */
export interface SavedDocument { name: string; text: string }

const DOCUMENT = 'arbejdsevne.dokument';
const REMEMBER = 'arbejdsevne.husk';

export function remembers(): boolean {
    return localStorage.getItem(REMEMBER) === 'ja';
}

export function loadDocument(): SavedDocument | undefined {
    const raw = sessionStorage.getItem(DOCUMENT) ?? (remembers() ? localStorage.getItem(DOCUMENT) : null);
    if (!raw) return undefined;
    try {
        const saved = JSON.parse(raw) as Partial<SavedDocument>;
        return typeof saved.name === 'string' && typeof saved.text === 'string' ? { name: saved.name, text: saved.text } : undefined;
    } catch {
        return undefined;
    }
}

export function saveDocument(document: SavedDocument): void {
    const raw = JSON.stringify(document);
    sessionStorage.setItem(DOCUMENT, raw);
    if (remembers()) localStorage.setItem(DOCUMENT, raw);
}

export function setRemember(on: boolean, current: SavedDocument | undefined): void {
    if (on) {
        localStorage.setItem(REMEMBER, 'ja');
        if (current) localStorage.setItem(DOCUMENT, JSON.stringify(current));
    } else {
        localStorage.removeItem(REMEMBER);
        localStorage.removeItem(DOCUMENT);
    }
}

export function clearAll(): void {
    sessionStorage.removeItem(DOCUMENT);
    localStorage.removeItem(DOCUMENT);
    localStorage.removeItem(REMEMBER);
}
