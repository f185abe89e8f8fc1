import type { ArbejdsevneConfig, Profile, SeveritySetting } from '@arbejdsevne/language';

/**
 * Inline expectations in `.aev` files (fixtures and course exercises), in the manner of Safe-DS:
 *
 *   indstilling: fleksjob          // forventet: FJ-02, FJ-04
 *   // forventet: GEN-08            (alone on a line: applies to the next line with code)
 *   // forventet +3: CPR-03         (applies to the line three lines further down)
 *   // profil: ds_anbefalinger      (header: checker profile)
 *   // regel: IND-06=off            (header: a rule's severity; may repeat)
 *   // idag: 2026-11-23             (header: today's date for GEN-03)
 *
 * A file without markers expects no diagnostics at all.
 */
export interface InlineExpectations {
    /** "line CODE" strings (1-based lines), sorted. */
    expected: string[];
    config: ArbejdsevneConfig;
}

const MARKER = /\/\/\s*forventet(?:\s*\+(\d+))?\s*:\s*(.+?)\s*$/;

export function readExpectations(text: string): InlineExpectations {
    const lines = text.split(/\r?\n/);
    const expected: string[] = [];
    const config: ArbejdsevneConfig = {};
    lines.forEach((line, index) => {
        const marker = MARKER.exec(line);
        if (marker) {
            const codes = marker[2].split(/[,\s]+/).filter(Boolean);
            let target = index;
            if (marker[1]) target = index + Number(marker[1]);
            else if (line.slice(0, marker.index).trim() === '') target = nextCodeLine(lines, index);
            for (const code of codes) expected.push(`${target + 1} ${code}`);
            return;
        }
        const header = /^\s*\/\/\s*(profil|regel|idag)\s*:\s*(\S+)\s*$/.exec(line);
        if (!header) return;
        if (header[1] === 'profil') config.profil = header[2] as Profile;
        if (header[1] === 'idag') config.idag = header[2];
        if (header[1] === 'regel') {
            const [id, severity] = header[2].split('=');
            config.regler = { ...config.regler, [id]: severity as SeveritySetting };
        }
    });
    return { expected: sortExpectations(expected), config };
}

function nextCodeLine(lines: string[], from: number): number {
    for (let i = from + 1; i < lines.length; i++) {
        const trimmed = lines[i].trim();
        if (trimmed !== '' && !trimmed.startsWith('//')) return i;
    }
    return from;
}

export function sortExpectations(list: string[]): string[] {
    return [...list].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}
