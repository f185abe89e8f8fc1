import type { RegimeId } from './regimes.js';
import type { Udfald } from './enumerations.js';

/**
 * THE RULE CATALOGUE (legal-rules.md). One entry per rule id: this file is data, and the only
 * place a rule's severity, scope, legal basis and Danish texts are written. The checks in
 * ../validation/ look their rule up here by id and never hard-code a message.
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Profile = 'gældende_ret' | 'ds_anbefalinger';
export const PROFILES: readonly Profile[] = ['gældende_ret', 'ds_anbefalinger'];

export type RuleFamily = 'GEN' | 'UDF' | 'BOR' | 'CPR' | 'FD' | 'BV' | 'LAE' | 'RT' | 'FJ' | 'FP' | 'RF' | 'REV' | 'IND' | 'AF' | 'PROC';

/** One way a rule can speak: its Danish text (with `{placeholders}`) and, if it differs, its severity. */
export interface RuleMessage {
    text: string;
    severity?: Severity;
    /** Severity under a profile, where it differs (UDF-02 is info under ds_anbefalinger). */
    severityByProfile?: Partial<Record<Profile, Severity>>;
    /** Severity in given regimes, where it differs (LAE-01 is a warning from REF-2026b). */
    severityByRegime?: Partial<Record<RegimeId, Severity>>;
}

export interface RuleDefinition {
    id: string;
    family: RuleFamily;
    /** Short Danish title, for lists and the report's checklist. */
    title: string;
    /** Default severity; a message variant may differ. */
    severity: Severity;
    /** Regimes the rule applies in; absent: all. */
    regimes?: readonly RegimeId[];
    /** Outcomes (indstilling, else formål) the rule applies to; absent: all. */
    outcomes?: readonly Udfald[];
    /** Profiles the rule applies under; absent: all. */
    profiles?: readonly Profile[];
    /** Legal basis as cited, e.g. "RSL § 4"; '–' where there is none. */
    basis: string;
    /** The basis is not settled: true everywhere, or only in the regimes listed. */
    usikker?: boolean | readonly RegimeId[];
    /** Why the rule exists, for hover and documentation (Danish, for a student). */
    explanation: string;
    /** How to fix it, for documentation (Danish). */
    fix: string;
    /** Name of the quick fix the language server offers, if any. */
    quickFix?: string;
    /** Message variants; `main` is the usual one. */
    messages: { main: RuleMessage } & Record<string, RuleMessage>;
}

const ALL_REGIMES: readonly RegimeId[] = ['RP-2022', 'RP-2025', 'REF-2026a', 'REF-2026b', 'LAB-2027'];
void ALL_REGIMES;

export const RULES = [
    // --- Structure and references ---------------------------------------------------------------
    {
        id: 'GEN-01', family: 'GEN', title: 'Påkrævet blok mangler', severity: 'error',
        basis: 'bek. om rehabiliteringsplan; LAB',
        explanation: 'En arbejdsevnebeskrivelse skal indeholde borger, sag, de tre livsområder (beskæftigelse, socialt og helbred), dokumentation, sagsforløb og vurdering. Uden dem kan beskrivelsen ikke bære en afgørelse.',
        fix: 'Tilføj blokken. Hurtigrettelsen indsætter et skelet, som du udfylder.',
        quickFix: 'Indsæt blokken',
        messages: { main: { text: 'Blokken `{block}` mangler. Tilføj blokken – den er påkrævet i en arbejdsevnebeskrivelse (bekendtgørelse om rehabiliteringsplan; LAB).' } },
    },
    {
        id: 'GEN-02', family: 'GEN', title: 'Blok gentaget', severity: 'error', basis: '–',
        explanation: 'Hver blok må kun stå én gang, så der er ét sted at læse og rette hver oplysning.',
        fix: 'Flyt indholdet op i den første blok. Hurtigrettelsen fletter blokkene.',
        quickFix: 'Flet ind i den første blok',
        messages: { main: { text: 'Blokken `{block}` står her for anden gang. Flyt indholdet op i den første `{block}` (linje {firstLine}).' } },
    },
    {
        id: 'GEN-03', family: 'GEN', title: 'Usædvanlig sagsdato', severity: 'warning', basis: '–',
        explanation: 'Sagens dato vælger regelsættet. En dato før 2022 tjekkes efter det ældste regelsæt, og en dato langt ude i fremtiden er oftest en tastefejl.',
        fix: 'Ret `sag.dato` til den dato, beskrivelsen gælder.',
        messages: {
            main: { text: 'Sagens dato {date} ligger før 2022; beskrivelsen tjekkes efter det ældste regelsæt (RP-2022). Ret datoen, hvis den er forkert.' },
            future: { text: 'Sagens dato {date} ligger mere end 30 dage ude i fremtiden. Ret datoen, hvis den er en tastefejl.' },
        },
    },
    {
        id: 'GEN-04', family: 'GEN', title: 'Navn brugt to gange', severity: 'error', basis: '–',
        explanation: 'Hver ressource, barriere, dokument, indsats og hændelse har et navn, som andre steder henviser til. Samme navn to gange gør henvisningerne tvetydige.',
        fix: 'Giv den ene post et andet navn.',
        messages: { main: { text: 'Navnet `{name}` er allerede brugt (linje {firstLine}). Giv denne post et andet navn, så henvisninger er entydige.' } },
    },
    {
        id: 'GEN-05', family: 'GEN', title: 'Henvisning til ukendt post', severity: 'error', basis: '–',
        explanation: 'En henvisning (`adresserer`, `kilde`, `afprøvet` eller `@navn` i tekst) skal pege på en post af den rigtige slags: `adresserer` på barrierer, `kilde` på dokumenter, `afprøvet` på hidtidige indsatser.',
        fix: 'Ret navnet, eller opret posten.',
        messages: {
            main: { text: '`{name}` findes ikke. {expected} Ret navnet, eller opret posten.' },
            wrongKind: { text: '`{name}` er {actual}, men {expected} Ret henvisningen.' },
        },
    },
    {
        id: 'GEN-06', family: 'GEN', title: 'Datoer i forkert rækkefølge', severity: 'warning', basis: '–',
        explanation: 'En periode kan ikke slutte før den starter, og oplysninger kan ikke være dateret efter selve beskrivelsen.',
        fix: 'Ret datoen.',
        messages: {
            main: { text: 'Perioden slutter ({to}) før den starter ({from}). Ret en af datoerne.' },
            afterCase: { text: '{what} er dateret {date}, efter sagens dato {caseDate}. Ret datoen.' },
        },
    },
    {
        id: 'GEN-07', family: 'GEN', title: 'Ukendt lovhenvisning', severity: 'error', basis: '–',
        explanation: 'En lovhenvisning skal bruge en kendt lovforkortelse (LAB, LAS, LSP, RSL, FVL, SDL, SEL, SUL, LOB, DBL). En paragraf uden for kataloget er ikke nødvendigvis forkert, men kan ikke vises med titel og resumé.',
        fix: 'Brug en af de kendte forkortelser; tjek paragrafnummeret.',
        messages: {
            main: { text: 'Ukendt lovforkortelse `{law}`. Brug en af: {laws}.' },
            unknownSection: { text: '{ref} findes ikke i lovkataloget; tjek paragrafnummeret.', severity: 'info' },
        },
    },
    {
        id: 'GEN-08', family: 'GEN', title: 'Pladsholder eller tom tekst', severity: 'warning', basis: 'FVL § 24',
        explanation: 'En afgørelse skal bygge på konkrete oplysninger (forvaltningslovens § 24). Tom tekst og pladsholdere som TODO, xxx og "udfyldes" er tegn på, at noget mangler.',
        fix: 'Skriv den konkrete oplysning, eller fjern linjen.',
        messages: { main: { text: 'Teksten er tom eller en pladsholder ("{text}"). Skriv den konkrete oplysning (forvaltningslovens § 24).' } },
    },
    {
        id: 'GEN-09', family: 'GEN', title: 'Ukendt ord i fast liste', severity: 'error', basis: '–',
        explanation: 'Nogle felter tager et ord fra en fast liste (ydelse, formål, indstilling, arbejdsevne, dokumenttype, indsatstype, tema, visitation), så beskrivelsen kan tjekkes mod reglerne.',
        fix: 'Vælg et af de tilladte ord. Hurtigrettelsen retter til det nærmeste.',
        quickFix: 'Ret til det nærmeste ord',
        messages: { main: { text: '`{word}` er ikke en gyldig {list}. Tilladte ord: {allowed}.' } },
    },

    // --- The citizen and personal data ------------------------------------------------------------
    {
        id: 'BOR-01', family: 'BOR', title: 'Alder kan ikke beregnes', severity: 'error', basis: '–',
        explanation: 'Borgerens alder afgør, hvilke regler der gælder (fx førtidspension under 40 år). Alderen beregnes fra fødselsdato eller CPR-nummer.',
        fix: 'Tilføj `fødselsdato: ÅÅÅÅ-MM-DD` i `borger`.',
        messages: { main: { text: 'Borgeren har hverken `fødselsdato` eller `cpr`, så alderen kan ikke beregnes. Tilføj `fødselsdato: ÅÅÅÅ-MM-DD` i `borger`.' } },
    },
    {
        id: 'BOR-02', family: 'BOR', title: 'Borgeren er under 25 år', severity: 'info', basis: '–',
        explanation: 'Borgere under 25 år er uden for målgruppen for en arbejdsevnebeskrivelse af denne type; der gælder andre regler (fx uddannelseshjælp og uddannelsespålæg).',
        fix: 'Tjek at reglerne for unge under 25 er overvejet.',
        messages: { main: { text: 'Borgeren er {age} år på sagens dato, altså under 25; der gælder andre regler for unge. Tjek at de er overvejet.' } },
    },
    {
        id: 'CPR-01', family: 'CPR', title: 'Ugyldigt CPR-nummer', severity: 'error', basis: 'CPR-kontoret',
        explanation: 'Et CPR-nummer har formen DDMMÅÅ-SSSS, og de første seks cifre er en rigtig dato (århundredet følger af 7. ciffer). Modulus 11-kontrollen bruges ikke længere og afviser gyldige numre.',
        fix: 'Ret nummeret til formen DDMMÅÅ-SSSS, eller brug `fødselsdato` i stedet.',
        messages: { main: { text: '`{cpr}` er ikke et gyldigt CPR-nummer: {reason}. Skriv det som DDMMÅÅ-SSSS, eller brug `fødselsdato` i stedet.' } },
    },
    {
        id: 'CPR-02', family: 'CPR', title: 'CPR og fødselsdato er uenige', severity: 'error', basis: '–',
        explanation: 'CPR-nummeret indeholder fødselsdatoen. Er de uenige, er en af dem forkert, og alderen bliver usikker.',
        fix: 'Ret den forkerte af de to.',
        messages: { main: { text: 'CPR-nummeret giver fødselsdatoen {fromCpr}, men `fødselsdato` er {birthDate}. Ret den forkerte.' } },
    },
    {
        id: 'CPR-03', family: 'CPR', title: 'CPR-nummer i fritekst', severity: 'warning', basis: 'DBL § 11',
        explanation: 'CPR-numre må kun bruges, hvor det er nødvendigt (databeskyttelseslovens § 11). I fritekst spredes nummeret til rapporter og kopier.',
        fix: 'Fjern nummeret, eller maskér det som DDMMÅÅ-XXXX. Hurtigrettelsen maskerer.',
        quickFix: 'Maskér CPR-nummeret',
        messages: { main: { text: 'Teksten indeholder et CPR-nummer ({masked}). Fjern det, eller maskér det som DDMMÅÅ-XXXX (databeskyttelseslovens § 11).' } },
    },

    // --- Outcome and rule set (UDF) -------------------------------------------------------------

    // --- The description, forberedende del (FD) -------------------------------------------------

    // --- The citizen's voice (BV) ---------------------------------------------------------------

    // --- Medical documentation (LAE) ------------------------------------------------------------

    // --- Rehabiliteringsteam (RT) ---------------------------------------------------------------

    // --- Fleksjob (FJ) --------------------------------------------------------------------------

    // --- Førtidspension (FP) --------------------------------------------------------------------

    // --- Ressourceforløb, jobafklaring, revalidering (RF, REV) ----------------------------------

    // --- Measures, indsatsplan (IND) ------------------------------------------------------------

    // --- Procedure and reasons (AF, PROC) -------------------------------------------------------
] as const satisfies readonly RuleDefinition[];

export type RuleId = (typeof RULES)[number]['id'];

const byId = new Map<string, RuleDefinition>(RULES.map(r => [r.id, r as RuleDefinition]));

export function ruleById(id: string): RuleDefinition | undefined {
    return byId.get(id);
}

export function isRuleId(id: string): id is RuleId {
    return byId.has(id);
}
