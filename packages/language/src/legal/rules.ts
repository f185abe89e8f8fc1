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
    /** This variant's basis is not settled, whatever the rule says (LAE-03 for fleksjob). */
    usikker?: boolean;
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
    {
        id: 'UDF-01', family: 'UDF', title: 'Udfaldet findes ikke længere for nye sager', severity: 'error',
        regimes: ['REF-2026a', 'REF-2026b', 'LAB-2027'], basis: 'lov nr. 1750 af 29/12/2025',
        explanation: 'Fra 1. februar 2026 kan der ikke bevilges nye ressourceforløb eller ny revalidering (lov nr. 1750 af 29/12/2025). Forløb bevilget senest 31. januar 2026 fortsætter efter de gamle regler.',
        fix: 'Vælg et andet udfald (fx jobafklaringsforløb, fleksjob eller anden_indsats), eller ret sagens dato, hvis beskrivelsen hører til et forløb bevilget før 1. februar 2026.',
        messages: { main: { text: '{outcome} kan ikke længere bevilges i nye sager (lov nr. 1750 af 29/12/2025, fra 1. februar 2026). Vælg et andet udfald, eller ret sagens dato.' } },
    },
    {
        id: 'UDF-02', family: 'UDF', title: 'Udviklingsfleksjob er et forslag, ikke lov', severity: 'warning', basis: 'DS notat 4/11/2024',
        explanation: 'Udviklingsfleksjob er Dansk Socialrådgiverforenings forslag (notat 4/11/2024) og ikke vedtaget. Det kan ikke bevilges efter gældende ret.',
        fix: 'Vælg et udfald efter gældende ret, eller brug profilen ds_anbefalinger, hvis beskrivelsen er en faglig anbefaling.',
        messages: { main: { text: 'Udviklingsfleksjob er et forslag fra Dansk Socialrådgiverforening (notat 4/11/2024), ikke gældende ret. Vælg et udfald efter gældende ret, eller skriv tydeligt, at det er en anbefaling.', severityByProfile: { ds_anbefalinger: 'info' } } },
    },
    {
        id: 'UDF-03', family: 'UDF', title: 'Indstillingen afviger fra formålet', severity: 'warning', basis: '–',
        explanation: 'Sagens formål siger, hvad beskrivelsen forbereder; indstillingen er konklusionen. Afviger de, bør begrundelsen forklare hvorfor, og formålet bør måske rettes.',
        fix: 'Ret `sag.formål` eller `vurdering.indstilling`, eller forklar i begrundelsen, hvorfor konklusionen blev en anden.',
        messages: { main: { text: 'Indstillingen ({recommendation}) afviger fra sagens formål ({purpose}). Ret en af dem, eller forklar i begrundelsen, hvorfor konklusionen blev en anden.' } },
    },
    {
        id: 'UDF-04', family: 'UDF', title: 'Jobafklaringsforløb kræver sygedagpenge eller ressourceforløbsydelse', severity: 'error',
        outcomes: ['jobafklaringsforløb'], basis: 'SDL § 24; LAB kap. 18',
        explanation: 'Jobafklaringsforløb er for sygemeldte, hvis sygedagpenge ikke kan forlænges (sygedagpengeloven § 24, LAB kapitel 18). Under forløbet får borgeren ressourceforløbsydelse.',
        fix: 'Tjek borgerens ydelse, eller vælg et andet udfald.',
        messages: { main: { text: 'Jobafklaringsforløb forudsætter, at borgeren får sygedagpenge eller ressourceforløbsydelse (sygedagpengeloven § 24; LAB kapitel 18), men ydelsen er {benefit}. Ret ydelsen eller udfaldet.' } },
    },

    // --- The description, forberedende del (FD) -------------------------------------------------
    {
        id: 'FD-01', family: 'FD', title: 'Ingen ressourcer om beskæftigelse', severity: 'error', basis: 'LAB § 44; bek. § 3',
        usikker: ['REF-2026b'],
        explanation: 'Beskrivelsen skal tage udgangspunkt i borgerens ressourcer, også i forhold til uddannelse og arbejde (forberedende del, bekendtgørelsens § 3).',
        fix: 'Tilføj mindst én `ressource` i `beskæftigelse`, fx uddannelse, erfaring eller ønsker.',
        messages: { main: { text: 'Blokken `beskæftigelse` har ingen ressourcer. Beskriv mindst én ressource, fx uddannelse, erfaring eller ønsker (LAB § 44; bekendtgørelsens § 3).' } },
    },
    {
        id: 'FD-02', family: 'FD', title: 'Ingen sociale ressourcer', severity: 'error', basis: 'bek. § 3', usikker: ['REF-2026b'],
        explanation: 'De sociale forhold skal beskrives med både ressourcer og udfordringer (bekendtgørelsens § 3), fx netværk, bolig og økonomi.',
        fix: 'Tilføj mindst én `ressource` i `socialt`.',
        messages: { main: { text: 'Blokken `socialt` har ingen ressourcer. Beskriv mindst én, fx netværk eller hverdagens struktur (bekendtgørelsens § 3).' } },
    },
    {
        id: 'FD-03', family: 'FD', title: 'Livsområde uden barrierer eller forklaring', severity: 'warning', basis: 'LAB § 44; RSL § 5', usikker: ['REF-2026b'],
        explanation: 'Hvert livsområde skal belyses. Har borgeren ingen barrierer på et område, skal det siges udtrykkeligt, så læseren ved, at området er undersøgt (helhedsvurdering, retssikkerhedslovens § 5).',
        fix: 'Tilføj en `barriere`, eller skriv `ingen_barrierer: "…"` med en kort forklaring.',
        messages: { main: { text: 'Blokken `{area}` har hverken barrierer eller `ingen_barrierer: "…"`. Beskriv barriererne, eller skriv udtrykkeligt, at der ingen er (LAB § 44; retssikkerhedslovens § 5).' } },
    },
    {
        id: 'FD-04', family: 'FD', title: 'Mål mangler eller er uklart', severity: 'error', basis: 'LAB § 44', usikker: ['REF-2026b'],
        explanation: 'Borgerens uddannelses- og beskæftigelsesmål skal være konkret: hvilket arbejde eller hvilken uddannelse, og gerne i hvilket omfang.',
        fix: 'Skriv et konkret mål med mindst fire ord, fx "Job som lagermedarbejder 15 timer om ugen".',
        messages: {
            main: { text: 'Borgerens mål mangler. Tilføj `mål: "…"` med et konkret uddannelses- eller beskæftigelsesmål (LAB § 44).' },
            vague: { text: 'Målet "{text}" er for uklart. Skriv et konkret uddannelses- eller beskæftigelsesmål, fx "Job som lagermedarbejder 15 timer om ugen" (LAB § 44).' },
        },
    },
    {
        id: 'FD-05', family: 'FD', title: 'Behandling mangler', severity: 'error', basis: 'bek. § 3', usikker: ['REF-2026b'],
        explanation: 'Beskrivelsen skal oplyse, om borgeren er i behandling eller venter på det (bekendtgørelsens § 3).',
        fix: 'Tilføj `behandling: "…"` i `helbred`; skriv "ingen", hvis borgeren ikke er i behandling.',
        messages: { main: { text: 'Blokken `helbred` mangler `behandling`. Skriv den behandling, borgeren får eller venter på – eller "ingen" (bekendtgørelsens § 3).' } },
    },
    {
        id: 'FD-06', family: 'FD', title: 'Borgerens eget syn på helbredet mangler', severity: 'error', basis: 'bek. § 4, stk. 3, nr. 3', usikker: ['REF-2026b'],
        explanation: 'Borgerens egen vurdering af, hvordan helbredet påvirker arbejdsevnen, skal med (bekendtgørelsens § 4, stk. 3, nr. 3).',
        fix: 'Tilføj `borgerens_perspektiv: "…"` i `helbred` med borgerens egne ord.',
        quickFix: 'Indsæt borgerens perspektiv',
        messages: { main: { text: 'Blokken `helbred` mangler `borgerens_perspektiv`. Skriv borgerens egne ord om, hvordan helbredet påvirker arbejdet (bekendtgørelsens § 4, stk. 3, nr. 3).' } },
    },
    {
        id: 'FD-07', family: 'FD', title: 'Forsørgelseshistorik mangler eller er uenig med ydelsen', severity: 'error', basis: 'bek. § 3', usikker: ['REF-2026b'],
        explanation: 'Forsørgelseshistorikken viser, hvordan borgeren har været forsørget, og dens åbne linje (`til nu`) skal svare til borgerens nuværende ydelse.',
        fix: 'Tilføj `forsørgelse { <ydelse> <dato> til <dato eller nu> }`, og ret den åbne linje, så den svarer til `borger.ydelse`.',
        messages: {
            main: { text: 'Forsørgelseshistorikken mangler. Tilføj `forsørgelse` med en linje pr. periode, fx `kontanthjælp 2020-07-01 til nu` (bekendtgørelsens § 3).' },
            empty: { text: 'Blokken `forsørgelse` er tom. Skriv en linje pr. periode, fx `kontanthjælp 2020-07-01 til nu` (bekendtgørelsens § 3).' },
            mismatch: { text: 'Den åbne linje i forsørgelsen ({provision}) svarer ikke til borgerens ydelse ({benefit}). Ret den ene, så de passer sammen.', severity: 'warning' },
        },
    },
    {
        id: 'FD-08', family: 'FD', title: 'Hidtidige indsatser mangler', severity: 'error', basis: 'LAB § 44', usikker: ['REF-2026b'],
        explanation: 'Beskrivelsen skal vise, hvad der er prøvet før, og hvad det gav. Er intet prøvet, skrives det med en grund (`ingen: "…"`).',
        fix: 'Tilføj indsatser med `resultat`, eller skriv `ingen: "…"` med grunden.',
        messages: {
            main: { text: 'De hidtidige indsatser mangler. Tilføj `hidtidige_indsatser` med de indsatser, der er prøvet, eller `ingen: "…"` med grunden (LAB § 44).' },
            empty: { text: 'Blokken `hidtidige_indsatser` er tom. Beskriv de indsatser, der er prøvet, eller skriv `ingen: "…"` med grunden (LAB § 44).' },
            noResult: { text: 'Indsatsen `{name}` har intet `resultat`. Skriv, hvad indsatsen viste (LAB § 44).', severity: 'warning' },
        },
    },
    {
        id: 'FD-09', family: 'FD', title: 'CV mangler', severity: 'warning', basis: 'bek. § 3', usikker: ['REF-2026b'],
        explanation: 'Borgerens uddannelse og arbejdserfaring (cv) hører til beskrivelsen af de beskæftigelsesmæssige forhold.',
        fix: 'Tilføj `cv: """…"""` i `beskæftigelse`.',
        messages: { main: { text: 'Blokken `beskæftigelse` har intet `cv`. Beskriv uddannelse og arbejdserfaring (bekendtgørelsens § 3).' } },
    },
    {
        id: 'FD-10', family: 'FD', title: 'Ingen helbredsmæssige ressourcer', severity: 'warning', basis: 'RSL § 5', usikker: ['REF-2026b'],
        explanation: 'Også helbredet beskrives med ressourcer, ikke kun begrænsninger: hvad borgeren kan, og hvad der virker.',
        fix: 'Tilføj en `ressource` i `helbred`, fx hvad der hjælper, eller hvad borgeren kan trods sygdommen.',
        messages: { main: { text: 'Blokken `helbred` har ingen ressourcer. Beskriv også det, borgeren kan, og det, der virker (retssikkerhedslovens § 5).' } },
    },
    {
        id: 'FD-11', family: 'FD', title: 'Ingen samtale med borgeren', severity: 'error', basis: 'bek. § 2; RSL § 4', usikker: ['REF-2026b'],
        explanation: 'Beskrivelsen udarbejdes sammen med borgeren (bekendtgørelsens § 2; retssikkerhedslovens § 4). Sagsforløbet skal vise mindst én samtale.',
        fix: 'Tilføj `samtale navn: <dato> "…"` i `sagsforløb`.',
        messages: { main: { text: 'Sagsforløbet har ingen samtale med borgeren. Beskrivelsen skal laves sammen med borgeren: tilføj `samtale navn: <dato> "…"` (bekendtgørelsens § 2; retssikkerhedslovens § 4).' } },
    },
    {
        id: 'FD-12', family: 'FD', title: 'Helbredsbarriere uden kilde', severity: 'warning', basis: 'RSL § 10', usikker: ['REF-2026b'],
        explanation: 'Oplysninger om helbred skal bygge på dokumentation (officialprincippet, retssikkerhedslovens § 10). Angiv dokumentet med `kilde`.',
        fix: 'Tilføj `kilde <dokument>` på barrieren.',
        messages: { main: { text: 'Helbredsbarrieren `{name}` har ingen `kilde`. Henvis til det dokument, oplysningen bygger på (retssikkerhedslovens § 10).' } },
    },

    // --- The citizen's voice (BV) ---------------------------------------------------------------
    {
        id: 'BV-01', family: 'BV', title: 'Borgerens egen vurdering mangler', severity: 'error', basis: 'RSL § 4',
        explanation: 'Borgeren har ret til at medvirke (retssikkerhedslovens § 4). Borgerens egen vurdering skrives med borgerens egne ord og står for sig selv i rapporten.',
        fix: 'Tilføj `borgerens_vurdering <dato> """…"""` med borgerens egne ord.',
        quickFix: 'Indsæt borgerens vurdering',
        messages: {
            main: { text: 'Borgerens egen vurdering mangler (retssikkerhedslovens § 4). Skriv borgerens egne ord i `borgerens_vurdering`.' },
            empty: { text: 'Borgerens egen vurdering er tom (retssikkerhedslovens § 4). Skriv borgerens egne ord.' },
        },
    },
    {
        id: 'BV-02', family: 'BV', title: 'Borgerens vurdering er ikke aktuel', severity: 'warning', basis: 'RSL § 4',
        explanation: 'Borgerens vurdering skal være aktuel: højst seks måneder gammel på beskrivelsens dato, og ikke dateret senere end den.',
        fix: 'Tal med borgeren igen, og skriv den nye vurdering med dato.',
        messages: {
            main: { text: 'Borgerens vurdering er fra {date}, mere end seks måneder før sagens dato {caseDate}. Tal med borgeren igen, og skriv en aktuel vurdering (retssikkerhedslovens § 4).' },
            after: { text: 'Borgerens vurdering er dateret {date}, efter sagens dato {caseDate}. Ret datoen (retssikkerhedslovens § 4).' },
            noDate: { text: 'Borgerens vurdering har ingen dato, så det kan ikke ses, om den er aktuel. Skriv datoen efter `borgerens_vurdering` (retssikkerhedslovens § 4).' },
        },
    },

    // --- Medical documentation (LAE) ------------------------------------------------------------
    {
        id: 'LAE-01', family: 'LAE', title: 'Lægeattest (LÆ 265) mangler', severity: 'error',
        outcomes: ['fleksjob', 'førtidspension', 'ressourceforløb', 'revalidering', 'jobafklaringsforløb'],
        basis: 'bek. § 4; Ankestyrelsen om manglende LÆ 265', usikker: ['REF-2026b'],
        explanation: 'Frem til 30. juni 2026 gør en manglende LÆ 265 som hovedregel afgørelsen ugyldig (Ankestyrelsen). Om kravet består efter reformen, er ikke afklaret; der skal under alle omstændigheder være aktuelle lægelige oplysninger.',
        fix: 'Indhent en LÆ 265 (ved jobafklaringsforløb er en LÆ 285 nok), og tilføj den i `dokumentation`.',
        messages: {
            main: { text: 'Der er ingen lægeattest (LÆ 265) i dokumentationen, og den kræves ved {outcome} (bekendtgørelsens § 4; Ankestyrelsen). Indhent attesten, og tilføj `dokument navn: LÆ265 <dato> "…"`.', severityByRegime: { 'REF-2026b': 'warning', 'LAB-2027': 'warning' } },
            jobafklaring: { text: 'Der er hverken LÆ 265 eller LÆ 285 i dokumentationen, og aktuelle lægelige oplysninger kræves ved jobafklaringsforløb (bekendtgørelsens § 4). Tilføj attesten i `dokumentation`.', severityByRegime: { 'REF-2026b': 'warning', 'LAB-2027': 'warning' } },
        },
    },
    {
        id: 'LAE-02', family: 'LAE', title: 'Lægeattesten er ikke aktuel', severity: 'warning', basis: 'Ankestyrelsen: LÆ 265 skal være aktuel',
        explanation: 'En forældet LÆ 265 er en retlig mangel (Ankestyrelsen). Over seks måneder gammel bør den fornyes; over tolv måneder er den ikke aktuel.',
        fix: 'Indhent en ny LÆ 265.',
        messages: {
            main: { text: 'Den nyeste LÆ 265 er fra {date}, mere end seks måneder før sagens dato {caseDate}. Overvej at indhente en ny (Ankestyrelsen: attesten skal være aktuel).' },
            old: { text: 'Den nyeste LÆ 265 er fra {date}, mere end tolv måneder før sagens dato {caseDate}; den er ikke aktuel. Indhent en ny (Ankestyrelsen).', severity: 'error' },
        },
    },
    {
        id: 'LAE-03', family: 'LAE', title: 'Sundhedsfaglig rådgivning fra klinisk funktion mangler', severity: 'error',
        outcomes: ['førtidspension', 'fleksjob'], basis: 'LSP § 19, stk. 2; lov nr. 1750/2025',
        explanation: 'Ved førtidspension må kommunen kun få sundhedsfaglig rådgivning fra klinisk funktion (pensionslovens § 19, stk. 2). Fra 1. juli 2026 er rådgivning fra klinisk funktion også obligatorisk i sager om fleksjob (lov nr. 1750/2025).',
        fix: 'Indhent sundhedsfaglig rådgivning fra klinisk funktion, og tilføj `dokument navn: klinisk_funktion <dato> "…"`.',
        messages: {
            main: { text: 'Der er ingen sundhedsfaglig rådgivning fra klinisk funktion i dokumentationen; den kræves ved førtidspension (pensionslovens § 19, stk. 2). Tilføj `dokument navn: klinisk_funktion <dato> "…"`.' },
            fleksjob: { text: 'Der er ingen sundhedsfaglig rådgivning fra klinisk funktion i dokumentationen; fra 1. juli 2026 kræves den ved fleksjob (lov nr. 1750/2025). Tilføj `dokument navn: klinisk_funktion <dato> "…"`.', usikker: true },
        },
    },
    {
        id: 'LAE-04', family: 'LAE', title: 'Begrundelsen nævner ingen dokumentation', severity: 'warning', basis: 'FVL § 24',
        explanation: 'En begrundelse skal nævne de faktiske omstændigheder, der er lagt vægt på (forvaltningslovens § 24), herunder den lægelige dokumentation.',
        fix: 'Henvis til dokumenterne i begrundelsen med `@navn`.',
        messages: { main: { text: 'Begrundelsen henviser ikke til noget dokument. Nævn den dokumentation, vurderingen bygger på, med `@navn` (forvaltningslovens § 24).' } },
    },

    // --- Rehabiliteringsteam (RT) ---------------------------------------------------------------
    {
        id: 'RT-01', family: 'RT', title: 'Sagen mangler rehabiliteringsteamet', severity: 'error',
        regimes: ['RP-2022', 'RP-2025', 'REF-2026a'], outcomes: ['fleksjob', 'førtidspension', 'ressourceforløb'],
        basis: 'LOB § 9; LSP § 18, stk. 2',
        explanation: 'Indtil 30. juni 2026 skal sager om fleksjob og førtidspension (og før 1. februar 2026 ressourceforløb) forelægges rehabiliteringsteamet (LOB § 9). Åbenbare førtidspensionssager kan gå uden om teamet (pensionslovens § 18, stk. 2).',
        fix: 'Tilføj `rehabiliteringsteam navn: <dato> "…"` i `sagsforløb`.',
        messages: { main: { text: 'Sager om {outcome} skal forelægges rehabiliteringsteamet (LOB § 9), men sagsforløbet har intet møde i teamet. Tilføj `rehabiliteringsteam navn: <dato> "…"`.' } },
    },

    // --- Fleksjob (FJ) --------------------------------------------------------------------------
    {
        id: 'FJ-01', family: 'FJ', title: 'Arbejdsevnen passer ikke til fleksjob', severity: 'error', outcomes: ['fleksjob'], basis: 'LAB § 116, stk. 1',
        explanation: 'Fleksjob forudsætter varige og væsentlige begrænsninger i arbejdsevnen (LAB § 116, stk. 1).',
        fix: 'Vurder arbejdsevnen som `væsentligt_og_varigt_nedsat` eller `meget_begrænset`, eller vælg et andet udfald.',
        messages: {
            main: { text: 'Fleksjob kræver, at arbejdsevnen er væsentligt og varigt nedsat (LAB § 116, stk. 1), men den er vurderet som {capacity}. Ret vurderingen eller udfaldet.' },
            missing: { text: 'Vurderingen angiver ikke arbejdsevnen; fleksjob kræver, at den er væsentligt og varigt nedsat (LAB § 116, stk. 1). Tilføj `arbejdsevne: væsentligt_og_varigt_nedsat` eller `meget_begrænset`.' },
        },
    },
    {
        id: 'FJ-02', family: 'FJ', title: 'Ingen afprøvede indsatser', severity: 'error', outcomes: ['fleksjob'], basis: 'LAB § 116, stk. 3',
        explanation: 'Før fleksjob skal relevante tilbud være afprøvet, medmindre det er åbenbart formålsløst (LAB § 116, stk. 3).',
        fix: 'Henvis til de afprøvede indsatser med `afprøvet: …`, eller begrund med `åbenbart_formålsløst: "…"`.',
        messages: { main: { text: 'Fleksjob kræver, at relevante indsatser er afprøvet (LAB § 116, stk. 3). Tilføj `afprøvet: <hidtidig indsats>`, eller begrund med `åbenbart_formålsløst: "…"`.' } },
    },
    {
        id: 'FJ-03', family: 'FJ', title: 'Meget begrænset arbejdsevne uden udviklingsperspektiv', severity: 'error', outcomes: ['fleksjob'], basis: 'LAB § 116, stk. 2',
        explanation: 'Har borgeren en meget begrænset arbejdsevne, kan fleksjob kun bevilges, hvis arbejdsevnen kan udvikles inden for en rimelig periode (LAB § 116, stk. 2).',
        fix: 'Tilføj `udviklingsperspektiv: "…"`.',
        messages: { main: { text: 'Ved meget begrænset arbejdsevne kræver fleksjob, at arbejdsevnen kan udvikles (LAB § 116, stk. 2). Tilføj `udviklingsperspektiv: "…"`.' } },
    },
    {
        id: 'FJ-04', family: 'FJ', title: 'Arbejdsfunktioner eller skånehensyn mangler', severity: 'error', outcomes: ['fleksjob'], basis: 'bek. § 9',
        explanation: 'En indstilling om fleksjob skal angive, hvilke arbejdsfunktioner borgeren kan varetage, og hvilke hensyn der skal tages (bekendtgørelsens § 9).',
        fix: 'Tilføj `arbejdsfunktioner: "…"` og `skånehensyn: "…"` i `vurdering`.',
        messages: { main: { text: 'Vurderingen mangler {missing}. En indstilling om fleksjob skal angive arbejdsfunktioner og skånehensyn (bekendtgørelsens § 9).' } },
    },

    // --- Førtidspension (FP) --------------------------------------------------------------------
    {
        id: 'FP-01', family: 'FP', title: 'Borgeren er for ung til førtidspension', severity: 'error', outcomes: ['førtidspension'], basis: 'LSP § 16, stk. 1–2',
        explanation: 'Førtidspension kan tilkendes fra 40 år. Fra 18 til 39 år kun, hvis det er dokumenteret eller helt åbenbart, at arbejdsevnen ikke kan forbedres (pensionslovens § 16, stk. 2). Under 18 år aldrig.',
        fix: 'Begrund med `åbenbart_formålsløst: "…"`, eller vælg et andet udfald.',
        messages: {
            main: { text: 'Borgeren er {age} år. Under 40 år kræver førtidspension, at det er dokumenteret eller helt åbenbart, at arbejdsevnen ikke kan forbedres (pensionslovens § 16, stk. 2). Tilføj `åbenbart_formålsløst: "…"`, eller vælg et andet udfald.' },
            under18: { text: 'Borgeren er {age} år; førtidspension kan ikke tilkendes under 18 år (pensionslovens § 16). Vælg et andet udfald.' },
        },
    },
    {
        id: 'FP-02', family: 'FP', title: 'Arbejdsevnen passer ikke til førtidspension', severity: 'error', outcomes: ['førtidspension'], basis: 'LSP § 16, stk. 3',
        explanation: 'Førtidspension forudsætter, at arbejdsevnen er varigt nedsat, så borgeren heller ikke i fleksjob kan forsørge sig selv (pensionslovens § 16, stk. 3).',
        fix: 'Vurder arbejdsevnen som `ingen_selvforsørgelse`, eller vælg et andet udfald.',
        messages: {
            main: { text: 'Førtidspension kræver, at borgeren heller ikke i fleksjob kan forsørge sig selv (pensionslovens § 16, stk. 3), men arbejdsevnen er vurderet som {capacity}. Ret vurderingen eller udfaldet.' },
            missing: { text: 'Vurderingen angiver ikke arbejdsevnen; førtidspension kræver `arbejdsevne: ingen_selvforsørgelse` (pensionslovens § 16, stk. 3).' },
        },
    },
    {
        id: 'FP-03', family: 'FP', title: 'Ingen afprøvede indsatser', severity: 'error', outcomes: ['førtidspension'], basis: 'LSP § 19',
        explanation: 'Før førtidspension skal alle relevante indsatser være udtømt, medmindre det er åbenbart formålsløst (pensionslovens § 19).',
        fix: 'Henvis til de afprøvede indsatser med `afprøvet: …`, eller begrund med `åbenbart_formålsløst: "…"`.',
        messages: { main: { text: 'Førtidspension kræver, at relevante indsatser er afprøvet (pensionslovens § 19). Tilføj `afprøvet: <hidtidig indsats>`, eller begrund med `åbenbart_formålsløst: "…"`.' } },
    },

    // --- Ressourceforløb, jobafklaring, revalidering (RF, REV) ----------------------------------
    {
        id: 'RF-01', family: 'RF', title: 'Ressourceforløb uden udviklingsperspektiv', severity: 'error',
        outcomes: ['ressourceforløb'], regimes: ['RP-2022', 'RP-2025'], basis: 'LAB § 112 (tidl. § 68 a)',
        explanation: 'Ressourceforløb forudsætter et udviklingsperspektiv: arbejdsevnen skal kunne udvikles (LAB § 112).',
        fix: 'Tilføj `udviklingsperspektiv: "…"`, og vurder arbejdsevnen som `nedsat_kan_udvikles`.',
        messages: {
            main: { text: 'Ressourceforløb kræver et udviklingsperspektiv (LAB § 112). Tilføj `udviklingsperspektiv: "…"` i `vurdering`.' },
            capacity: { text: 'Ressourceforløb kræver, at arbejdsevnen kan udvikles (LAB § 112), men den er vurderet som {capacity}. Brug `nedsat_kan_udvikles`, eller vælg et andet udfald.' },
        },
    },
    {
        id: 'RF-02', family: 'RF', title: 'Ressourceforløb uden tværfaglig plan', severity: 'error',
        outcomes: ['ressourceforløb'], regimes: ['RP-2022', 'RP-2025'], basis: 'LAB §§ 112–113',
        explanation: 'Et ressourceforløb er en helhedsorienteret indsats på tværs af beskæftigelse, social og sundhed med en koordinerende sagsbehandler (LAB §§ 112–113).',
        fix: 'Planlæg indsatser fra mindst to sektorer, og angiv `koordinerende_sagsbehandler`.',
        messages: {
            main: { text: 'Indsatsplanen for et ressourceforløb skal rumme indsatser fra mindst to sektorer (beskæftigelse, social, sundhed), men har kun {sectors}. Tilføj en indsats fra en anden sektor (LAB §§ 112–113).' },
            coordinator: { text: 'Et ressourceforløb skal have en koordinerende sagsbehandler (LAB § 113). Tilføj `koordinerende_sagsbehandler: "…"` i `indsatsplan`.' },
        },
    },
    {
        id: 'RF-03', family: 'RF', title: 'Ressourceforløbet er for langt', severity: 'error',
        outcomes: ['ressourceforløb'], regimes: ['RP-2022', 'RP-2025'], basis: 'LAB § 112',
        explanation: 'Et ressourceforløb varer højst tre år (LAB § 112, fra 2022).',
        fix: 'Tilpas indsatsplanens perioder, så forløbet holder sig inden for tre år.',
        messages: { main: { text: 'Indsatsplanen strækker sig fra {from} til {to}, mere end tre år. Et ressourceforløb varer højst tre år (LAB § 112).' } },
    },
    {
        id: 'RF-04', family: 'RF', title: 'Indsatsen starter for sent', severity: 'warning',
        outcomes: ['ressourceforløb'], regimes: ['RP-2022', 'RP-2025'], basis: 'LAB § 113, stk. 2',
        explanation: 'Borgeren har ret til at få en indsats senest seks måneder efter, at ressourceforløbet er bevilget (LAB § 113, stk. 2).',
        fix: 'Planlæg den første indsats, så den starter inden for seks måneder.',
        messages: { main: { text: 'Den første indsats starter {date}, mere end seks måneder efter sagens dato {caseDate}. Borgeren har ret til en indsats inden for seks måneder (LAB § 113, stk. 2).' } },
    },
    {
        id: 'REV-01', family: 'REV', title: 'Revalidering uden mål og udviklingsperspektiv', severity: 'error',
        outcomes: ['revalidering'], regimes: ['RP-2022', 'RP-2025'], basis: 'LAB § 142',
        explanation: 'Revalidering forudsætter et konkret erhvervsmål og en realistisk mulighed for at komme i arbejde (LAB § 142).',
        fix: 'Skriv et konkret `mål`, og tilføj `udviklingsperspektiv: "…"`.',
        messages: { main: { text: 'Revalidering kræver et konkret mål og et udviklingsperspektiv (LAB § 142). Tilføj `udviklingsperspektiv: "…"` i `vurdering`.' } },
    },

    // --- Measures, indsatsplan (IND) ------------------------------------------------------------
    {
        id: 'IND-01', family: 'IND', title: 'Barriere uden indsats', severity: 'warning', basis: 'RSL § 5',
        explanation: 'Hver barriere skal have en indsats, eller en forklaring på, hvorfor der ingen er (helhedsvurdering, retssikkerhedslovens § 5). Det er kernen i en sammenhængende plan.',
        fix: 'Tilføj `adresserer {name}` på en planlagt indsats, eller skriv `uden_indsats "…"` på barrieren.',
        messages: { main: { text: 'Barrieren `{name}` har ingen indsats. Tilføj `adresserer {name}` på en planlagt indsats, eller skriv `uden_indsats "…"` med grunden (retssikkerhedslovens § 5).' } },
    },
    {
        id: 'IND-02', family: 'IND', title: 'Indsatsplan mangler', severity: 'error', outcomes: ['ressourceforløb', 'jobafklaringsforløb'], basis: 'LAB §§ 107, 112',
        explanation: 'Jobafklaringsforløb og ressourceforløb er planlagte forløb: indsatserne skal stå i en indsatsplan (LAB §§ 107 og 112).',
        fix: 'Tilføj `indsatsplan { … }` med de planlagte indsatser.',
        messages: { main: { text: '{outcome} kræver en indsatsplan (LAB §§ 107, 112). Tilføj blokken `indsatsplan` med de planlagte indsatser.' } },
    },
    {
        id: 'IND-03', family: 'IND', title: 'Indsats uden barriere', severity: 'warning', basis: '–',
        explanation: 'En planlagt indsats bør sige, hvilke barrierer den skal afhjælpe, så planen hænger sammen med beskrivelsen.',
        fix: 'Tilføj `adresserer <barriere>`. Hurtigrettelsen tilføjer de barrierer, som ingen indsats adresserer endnu.',
        quickFix: 'Tilføj adresserer',
        messages: { main: { text: 'Indsatsen `{name}` adresserer ingen barriere. Tilføj `adresserer <barriere>`, så planen hænger sammen med beskrivelsen.' } },
    },
    {
        id: 'IND-04', family: 'IND', title: 'Indsats uden ansvarlig eller periode', severity: 'warning', basis: '–',
        explanation: 'En planlagt indsats skal have en ansvarlig og en periode, så alle ved, hvem der gør hvad og hvornår.',
        fix: 'Tilføj `ansvarlig "…"` og `periode <dato> til <dato>`.',
        messages: { main: { text: 'Indsatsen `{name}` mangler {missing}. Skriv, hvem der har ansvaret, og hvornår indsatsen foregår.' } },
    },
    {
        id: 'IND-05', family: 'IND', title: 'Flere sektorer uden koordinator', severity: 'warning', basis: 'seed 004_827e6e7d2b435594.txt',
        explanation: 'Når indsatser går på tværs af beskæftigelse, social og sundhed, skal én person koordinere, så borgeren ikke selv skal binde planen sammen.',
        fix: 'Tilføj `koordinerende_sagsbehandler: "…"` i `indsatsplan`.',
        messages: { main: { text: 'Indsatsplanen går på tværs af {sectors}, men har ingen koordinerende sagsbehandler. Tilføj `koordinerende_sagsbehandler: "…"`.' } },
    },
    {
        id: 'IND-06', family: 'IND', title: 'Ingen virksomhedsrettet indsats', severity: 'info', basis: 'STAR 2018',
        explanation: 'Virksomhedsrettede indsatser (virksomhedspraktik, løntilskud, IPS) er den bedst dokumenterede vej i arbejde (STAR 2018). Overvej, om en sådan er relevant.',
        fix: 'Overvej en virksomhedspraktik, løntilskud eller IPS.',
        messages: { main: { text: 'Hverken indsatsplanen eller de hidtidige indsatser rummer en virksomhedsrettet indsats (virksomhedspraktik, løntilskud eller IPS). Overvej, om en sådan er relevant (STAR 2018).' } },
    },

    // --- Procedure and reasons (AF, PROC) -------------------------------------------------------
    {
        id: 'AF-01', family: 'AF', title: 'Afklaring efter LAB § 36 a mangler', severity: 'warning', basis: 'LAB § 36 a',
        explanation: 'Fra 1. juli 2025 skal aktivitetsparate på kontanthjælp, der er fyldt 30 og har fået kontanthjælp i to år, have en afklaring – og igen hvert andet år (LAB § 36 a).',
        fix: 'Tilføj `afklaring navn: <dato> "…" lov LAB § 36 a` i `sagsforløb`.',
        messages: { main: { text: 'Borgeren har fået kontanthjælp siden {since} og er aktivitetsparat og over 30 år, men der er ingen afklaring efter LAB § 36 a inden for de seneste to år. Tilføj `afklaring navn: <dato> "…" lov LAB § 36 a`.' } },
    },
    {
        id: 'AF-02', family: 'AF', title: 'Ret til afklaring efter ét år (anbefaling)', severity: 'info', profiles: ['ds_anbefalinger'], basis: 'DS: Tilliden tilbage (2022)',
        explanation: 'Dansk Socialrådgiverforening anbefaler en ret til afklaring efter ét år på kontanthjælp ("Tilliden tilbage", 2022). Det er en anbefaling, ikke lov.',
        fix: 'Overvej en afklaring, og skriv den i `sagsforløb`.',
        messages: { main: { text: 'Borgeren har fået kontanthjælp i mere end et år uden en afklaring. Dansk Socialrådgiverforening anbefaler en afklaring efter ét år ("Tilliden tilbage").' } },
    },
    {
        id: 'PROC-01', family: 'PROC', title: 'Partshøring mangler', severity: 'warning', basis: 'FVL § 19',
        explanation: 'Før en afgørelse skal borgeren høres over oplysninger, der har betydning, og som borgeren ikke kan antages at kende (forvaltningslovens § 19).',
        fix: 'Send udkastet i partshøring, og tilføj `partshøring navn: <dato> "…"` i `sagsforløb`.',
        messages: { main: { text: 'Sagsforløbet har ingen partshøring på eller før sagens dato (forvaltningslovens § 19). Send udkastet i partshøring, og tilføj `partshøring navn: <dato> "…"`.' } },
    },
    {
        id: 'PROC-02', family: 'PROC', title: 'Begrundelse eller lovgrundlag mangler', severity: 'error', basis: 'FVL §§ 22, 24',
        explanation: 'En afgørelse skal begrundes med de faktiske forhold og de regler, den bygger på (forvaltningslovens §§ 22 og 24).',
        fix: 'Skriv `begrundelse: """…"""` med henvisninger til ressourcer og barrierer, og `lovgrundlag: <lov> § <nr>`.',
        messages: {
            main: { text: 'Vurderingen mangler en begrundelse (forvaltningslovens §§ 22, 24). Tilføj `begrundelse: """…"""`, der forklarer konklusionen ud fra sagens fakta.' },
            noFacts: { text: 'Begrundelsen nævner hverken en ressource eller en barriere. Henvis til de fakta, der er lagt vægt på, med `@navn` (forvaltningslovens § 24).', severity: 'warning' },
            noBasis: { text: 'Vurderingen mangler `lovgrundlag`. Angiv de regler, konklusionen bygger på, fx `lovgrundlag: LAB § 116` (forvaltningslovens § 24).', severity: 'warning' },
        },
    },
    {
        id: 'PROC-03', family: 'PROC', title: 'Helbredsoplysninger uden samtykke', severity: 'warning', basis: 'RSL § 11 a',
        explanation: 'Helbredsoplysninger fra læger og sygehuse må kun indhentes med borgerens forudgående, konkrete samtykke (retssikkerhedslovens § 11 a).',
        fix: 'Tilføj `samtykke navn: <dato> "…" lov RSL § 11 a`, dateret før dokumentet.',
        messages: { main: { text: 'Dokumentet `{name}` ({type}) er fra {date}, men der er intet samtykke dateret på eller før den dag (retssikkerhedslovens § 11 a). Tilføj samtykket i `sagsforløb`.' } },
    },
    {
        id: 'PROC-04', family: 'PROC', title: 'Generelt samtykke', severity: 'warning', basis: 'RSL § 11 a; retssikkerhedsvejledningen',
        explanation: 'Et samtykke skal være konkret: hvilke oplysninger, fra hvem og til hvilken sag. Et generelt samtykke til "alle oplysninger" er ikke gyldigt (retssikkerhedsvejledningen).',
        fix: 'Skriv, hvilke oplysninger der indhentes, og fra hvem.',
        messages: { main: { text: 'Samtykket er generelt ("{phrase}"). Et samtykke skal være konkret: hvilke oplysninger og fra hvem (retssikkerhedslovens § 11 a).' } },
    },
    {
        id: 'PROC-05', family: 'PROC', title: 'Begrundelsen er for kort', severity: 'warning', basis: 'FVL § 24',
        explanation: 'En konkret og individuel vurdering kræver fakta. En begrundelse på under 25 ord er sjældent nok (forvaltningslovens § 24).',
        fix: 'Uddyb begrundelsen med sagens konkrete fakta.',
        messages: { main: { text: 'Begrundelsen har kun {words} ord. En konkret og individuel vurdering kræver fakta: uddyb den (forvaltningslovens § 24).' } },
    },
] as const satisfies readonly RuleDefinition[];

export type RuleId = (typeof RULES)[number]['id'];

const byId = new Map<string, RuleDefinition>(RULES.map(r => [r.id, r as RuleDefinition]));

export function ruleById(id: string): RuleDefinition | undefined {
    return byId.get(id);
}

export function isRuleId(id: string): id is RuleId {
    return byId.has(id);
}
