import { GrammarAST } from 'langium';
import { AstUtils } from 'langium';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { buildCitizenReport, renderHtml } from '@arbejdsevne/report';
import { LEFT_OUT_OF_CITIZEN_VERSION, LEFT_OUT_OF_FULL_REPORT } from '@arbejdsevne/report/fields-left-out';
import { check, createTestServices, readRepoFile } from '../helpers.js';
import { docxOf, modelOf, pdfOf, poppler } from './report-helpers.js';

/**
 * Every field of the language reaches every output, or is named with its reason in
 * packages/report/src/model/fields-left-out.ts. The fields are the grammar's rules, so a field
 * added to the grammar fails here until it is shown or left out on purpose.
 */

const fixture = readRepoFile('test/fixtures/every-field.aev');

/** What each field of test/fixtures/every-field.aev looks like in a full report. */
const FULL: Record<string, string> = {
    Title: 'Titelfelt Qa01', Citizen: 'Navnefelt Qb02', CitizenName: 'Navnefelt Qb02', BirthDate: '45 år', Cpr: '070481-XXXX',
    Benefit: 'Kontanthjælp siden 3. februar 2021', Visitation: 'Aktivitetsparat', Case: 'Kommunefelt Qc03', CaseDate: '20. november 2026',
    Purpose: 'Fleksjob', Municipality: 'Kommunefelt Qc03', Caseworker: 'Sagsbehandlerfelt Qd04', RuleSet: 'REF-2026b', GrantDate: '11. juni 2025',
    CaseNumber: 'Sagsnummerfelt Qe05', Goal: 'Målfelt Qf06', EmploymentArea: 'Ressourcefelt Qg07', SocialArea: 'Barrierefelt Qk11',
    HealthArea: 'Barrierefelt Qm13', Resource: 'Ressourcefelt Qg07', Barrier: 'Barrierefelt Qh08', Theme: 'tema: arbejdsidentitet',
    Sources: 'kilde: LÆ 265', NoMeasure: 'Udenindsatsfelt Ql12', NoBarriers: 'Ingenbarrierefelt Qj10', Cv: 'Cvfelt Qi09',
    Treatment: 'Behandlingsfelt Qn14', HealthPerspective: 'Perspektivfelt Qo15', Documentation: 'Dokumentfelt Qp16', Document: 'Dokumentfelt Qp16',
    Provision: '14. januar 2019', ProvisionPeriod: '14. januar 2019', PreviousMeasures: 'Indsatsfelt Qq17', NoPreviousMeasures: 'Ingenindsatsfelt Rg33',
    PreviousMeasure: 'Indsatsfelt Qq17', Period: '1. marts 2025', Result: 'Resultatfelt Qr18', CitizenStatement: 'Vurderingsfelt Qs19',
    Stance: 'Borgeren er uenig i vurderingen', CaseHistory: 'Hændelsesfelt Qt20', Event: 'Hændelsesfelt Qt20', EventKind: 'Samtale',
    MeasurePlan: 'Planfelt Qu21', PlannedMeasure: 'Planfelt Qu21', Addresses: 'Barrierefelt Qm13; Barrierefelt Qh08', Responsible: 'Ansvarligfelt Qv22',
    MeasureGoal: 'Indsatsmålfelt Qw23', Coordinator: 'Koordinatorfelt Qx24', Conclusion: 'Arbejdsfunktionsfelt Qy25',
    WorkCapacity: 'Væsentligt og varigt nedsat', JobFunctions: 'Arbejdsfunktionsfelt Qy25', Considerations: 'Skånehensynsfelt Qz26',
    Tested: 'Afprøvet', Recommendation: 'Indstilling', Reasons: 'Begrundelsesfelt Ra27', LegalBasis: '§ 116, stk. 3', LegalReference: 'FVL § 19',
    DevelopmentPerspective: 'Udviklingsfelt Rb28', ObviouslyFutile: 'Formålsløsfelt Rc29', CannotImprove: 'Forbedringsfelt Rd30',
    CitizenViewAnswer: 'Synspunktfelt Re31', ToCitizen: 'Tilborgerenfelt Rf32', Mention: '»Barrierefelt Qm13«',
    Wishes: 'Ønskefelt Ri35', Progression: 'Progressionsfelt Rh34', Consultation: '27. august 2026', HealthConditions: 'Helbredsforholdfelt Rj36',
    SpecialConsiderations: 'Hensynsfelt Rk37', DoctorComment: 'Lægekommentarfelt Rl38', OtherConditions: 'Andreforholdfelt Rm39',
    SickLeave: 'Første fraværsdag', FirstAbsence: '2. februar 2026', FirstFollowUp: '16. marts 2026', Reassessment: '31. august 2026',
    Extension: 'Forlængelsesfelt Rn40',
};

/** What the citizen version shows of the same fields. */
const CITIZEN: Record<string, string> = {
    Citizen: 'Navnefelts plan', CitizenName: 'Navnefelts plan', CaseDate: '20. november 2026', Caseworker: 'Sagsbehandlerfelt Qd04',
    Goal: 'Målfelt Qf06', HealthPerspective: 'Perspektivfelt Qo15', CitizenStatement: 'Vurderingsfelt Qs19', Stance: 'Du er ikke enig i vores vurdering',
    MeasurePlan: 'Planfelt Qu21', PlannedMeasure: 'Planfelt Qu21', Responsible: 'Ansvarligfelt Qv22', Period: '1. januar 2027',
    Conclusion: 'Tilborgerenfelt Rf32', CitizenViewAnswer: 'Synspunktfelt Re31', ToCitizen: 'Tilborgerenfelt Rf32',
    Wishes: 'Ønskefelt Ri35', SickLeave: 'sygedagpenge igen den 31. august 2026', Reassessment: 'sygedagpenge igen den 31. august 2026',
};

/** The grammar's fields: every rule that makes a node or a fixed word, but the root and the parts of a text. */
function grammarFields(): string[] {
    const grammar = createTestServices().Grammar;
    const fixedWords = (rule: GrammarAST.ParserRule) => GrammarAST.isAlternatives(rule.definition) && rule.definition.elements.every(GrammarAST.isKeyword);
    return grammar.rules.filter(GrammarAST.isParserRule)
        .filter(rule => rule.dataType ? fixedWords(rule) : !GrammarAST.isRuleCall(rule.definition) && !(GrammarAST.isAlternatives(rule.definition) && rule.definition.elements.every(GrammarAST.isRuleCall)))
        .map(rule => rule.name)
        .filter(name => !['Assessment', 'Prose', 'TextChunk'].includes(name));
}

/** Text as a reader gets it: tags gone, entities decoded, white space and hyphenated line ends joined. */
function readable(text: string): string {
    return text.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
        .replace(/\u00ad/g, '').replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2').replace(/\s+/g, ' ');
}

describe('every field reaches every output', () => {
    const fields = grammarFields();

    test('the fixture holds every field of the grammar, and each field is shown or left out with a reason', async () => {
        expect(fields.length).toBeGreaterThan(55);
        const { document } = await check(fixture);
        const types = new Set(AstUtils.streamAst(document.parseResult.value).map(node => node.$type).toArray());
        // Stance and EventKind are words in a field, not nodes: present when the field is written.
        if (document.parseResult.value.blocks.some(b => b.$type === 'CitizenStatement' && b.stance)) types.add('Stance');
        if (types.has('Event')) types.add('EventKind');
        for (const field of fields) {
            expect(types.has(field), `${field} is missing from test/fixtures/every-field.aev`).toBe(true);
            expect(field in FULL || field in LEFT_OUT_OF_FULL_REPORT, `${field}: add its text to FULL, or name it in LEFT_OUT_OF_FULL_REPORT with the reason`).toBe(true);
            expect(field in CITIZEN || field in LEFT_OUT_OF_CITIZEN_VERSION, `${field}: add its text to CITIZEN, or name it in LEFT_OUT_OF_CITIZEN_VERSION with the reason`).toBe(true);
        }
        for (const reason of [...Object.values(LEFT_OUT_OF_FULL_REPORT), ...Object.values(LEFT_OUT_OF_CITIZEN_VERSION)]) expect(reason.length).toBeGreaterThan(10);
    });

    test('the full report shows each field in PDF, HTML and Word', async () => {
        const { model } = await modelOf(fixture);
        const outputs = {
            pdf: readable(poppler('pdftotext', await pdfOf(model))),
            html: readable(renderHtml(model)),
            docx: readable(await (await JSZip.loadAsync(await docxOf(model))).file('word/document.xml')!.async('string')),
        };
        const missing: string[] = [];
        for (const field of fields) {
            if (field in LEFT_OUT_OF_FULL_REPORT) {
                for (const [format, text] of Object.entries(outputs)) if (text.includes(FULL[field])) missing.push(`${field} is named as left out but shows in ${format}`);
                continue;
            }
            for (const [format, text] of Object.entries(outputs)) if (!text.includes(FULL[field])) missing.push(`${field} (${FULL[field]}) is not in the ${format}`);
        }
        expect(missing).toEqual([]);
    });

    test('the citizen version shows what its list says, in PDF, HTML and Word', async () => {
        const { root, diagnostics } = await modelOf(fixture);
        const model = buildCitizenReport(root, diagnostics);
        const outputs = {
            pdf: readable(poppler('pdftotext', await pdfOf(model))),
            html: readable(renderHtml(model)),
            docx: readable(await (await JSZip.loadAsync(await docxOf(model))).file('word/document.xml')!.async('string')),
        };
        const missing: string[] = [];
        for (const field of fields.filter(f => !(f in LEFT_OUT_OF_CITIZEN_VERSION))) {
            for (const [format, text] of Object.entries(outputs)) if (!text.includes(CITIZEN[field])) missing.push(`${field} (${CITIZEN[field]}) is not in the ${format}`);
        }
        expect(missing).toEqual([]);
        // A citizen who disagrees is answered, and no heading claims agreement.
        expect(model.sections.map(s => s.title)).not.toContain('Det er vi enige om at arbejde med');
        expect(model.sections.map(s => s.title)).toContain('Det foreslår vi at arbejde med');
    });
});
