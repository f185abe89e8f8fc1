import { FONT_FILES, FONT_METRICS_FILE, type ReportAssets } from '@arbejdsevne/report/assets';

/** Requests between an editor client (the VS Code extension, the web playground) and the language server; the report is made in the server. */
export const RENDER_HTML = 'arbejdsevne/rapportHtml';
export const RENDER_EXPORT = 'arbejdsevne/eksport';
export const NEW_SKELETON = 'arbejdsevne/skelet';
export const RULE_DOCS = 'arbejdsevne/regler';
/** docs/sprog.md: the language for a caseworker. */
export const LANGUAGE_GUIDE = 'arbejdsevne/sprog';

/** The purposes a new description can have, in words (VS Code's picker, the playground's list); the server judges them against today's rules. */
export const NEW_DESCRIPTION_OUTCOMES: ReadonlyArray<{ formål: string; label: string; detail?: string }> = [
    { formål: 'fleksjob', label: 'Fleksjob' },
    { formål: 'førtidspension', label: 'Førtidspension' },
    { formål: 'jobafklaringsforløb', label: 'Jobafklaringsforløb', detail: 'For en borger på sygedagpenge' },
    { formål: 'afklaring', label: 'Afklaring', detail: 'Efter to år på kontanthjælp (LAB § 36 a)' },
    { formål: 'anden_indsats', label: 'Anden indsats' },
    { formål: 'ordinær_beskæftigelse', label: 'Ordinær beskæftigelse' },
    { formål: 'ressourceforløb', label: 'Ressourceforløb', detail: 'Kun et forløb, der er bevilget senest 31. januar 2026' },
    { formål: 'revalidering', label: 'Revalidering', detail: 'Kun et forløb, der er bevilget senest 31. januar 2026' },
];

export interface NewSkeletonParams { formål: string; bevilget?: string }
/** The skeleton, or why the rules of today allow none; `needsGrantDate` when a grant date would allow one. */
export interface NewSkeletonResult { text?: string; refusal?: string; needsGrantDate?: boolean }

export interface RenderHtmlParams { uri: string; nonce: string; appendix: boolean; version?: 'fuld' | 'borger' }
/** `readability` comes with the citizen version: LIX of what the caseworker and the tool wrote. */
export interface RenderHtmlResult { html: string; css: string; syntaxErrors: boolean; title: string; readability?: { lix: number; note: string } }
/** `partshøring`: the partshøring letter (PDF), dated today, on the documents since the last partshøring. */
export type ExportFormat = 'pdf' | 'html' | 'docx' | 'borgerversion' | 'partshøring';
export interface ExportParams { uri: string; format: ExportFormat; showCpr: boolean; appendix: boolean }
export interface ExportResult { base64?: string; error?: string; suggestedName: string; draft: boolean }

/** The change report between the open description and another version of it (another file, git's HEAD, the playground's saved text). */
export const COMPARE = 'arbejdsevne/sammenlign';
export interface CompareParams { uri: string; otherText: string; nonce: string }
export interface CompareResult { html?: string; css: string; title: string; count: number; error?: string }

/** The commands an editor client runs itself, announced in `initializationOptions.clientCommands`: the server offers only those. */
export const HEARING_LETTER_COMMAND = 'arbejdsevne.lavPartshoeringsbrev';

/** Browser only: the page sends the report's fonts (base64 TrueType) and their prepared layout (JSON) once, before a PDF is asked for. */
export const REPORT_FONTS = 'arbejdsevne/skrifttyper';
export interface ReportFontsParams { regular: string; bold: string; italic: string; metrics: string }

/** Bytes as the protocol carries them (exports, fonts): base64, in Node and in a browser alike. */
export function encodeBase64(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
}

export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
    return Uint8Array.from(atob(text), c => c.charCodeAt(0));
}

/** The fonts message, each file read by the client (`read` gets a file name of FONT_FILES or FONT_METRICS_FILE). */
export async function reportFontsParams(read: (file: string) => Promise<Uint8Array>): Promise<ReportFontsParams> {
    const [regular, bold, italic, metrics] = await Promise.all([FONT_FILES.regular, FONT_FILES.bold, FONT_FILES.italic, FONT_METRICS_FILE].map(read));
    return { regular: encodeBase64(regular), bold: encodeBase64(bold), italic: encodeBase64(italic), metrics: new TextDecoder().decode(metrics) };
}

/** The server's side of the fonts message. */
export function reportAssetsFrom(fonts: ReportFontsParams): ReportAssets {
    return {
        fonts: { regular: decodeBase64(fonts.regular), bold: decodeBase64(fonts.bold), italic: decodeBase64(fonts.italic) },
        metrics: JSON.parse(fonts.metrics) as ReportAssets['metrics'],
    };
}
