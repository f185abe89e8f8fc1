import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { wordLabel } from '../legal/enumerations.js';
import { addressedBarriers, allBarriers, attribute, block, plannedMeasures, previousMeasures, sectorsOf } from '../semantics/model-access.js';
import { defineFamily, rule, type FixDiagnostic, type FixDocument } from './rule.js';

/** IND: the plan of measures: every barrier met, every measure owned and dated. */

const COMPANY_BASED = new Set(['virksomhedspraktik', 'løntilskud', 'ips']);

/** Barriers no planned measure addresses and that have no `uden_indsats` reason. */
function barriersWithoutMeasure(root: ast.Assessment): ast.Barrier[] {
    const addressed = new Set(plannedMeasures(root).flatMap(addressedBarriers));
    return allBarriers(root).filter(b => !addressed.has(b) && !b.attributes.some(ast.isNoMeasure));
}

export default defineFamily('IND', 'Indsatser', {
    'IND-01': rule({
        title: 'Barriere uden indsats', severity: 'warning', reads: ['block:indsatsplan'], basis: 'RSL § 5',
        explanation: 'Hver barriere skal have en indsats, eller en forklaring på, hvorfor der ingen er (helhedsvurdering, retssikkerhedslovens § 5). Det er kernen i en sammenhængende plan.',
        fix: 'Tilføj `adresserer {name}` på en planlagt indsats, eller skriv `uden_indsats "…"` på barrieren.',
        messages: { main: { text: 'Barrieren `{name}` har ingen indsats. Tilføj `adresserer {name}` på en planlagt indsats, eller skriv `uden_indsats "…"` med grunden (retssikkerhedslovens § 5).' } },
        requirement: 'Hver barriere har en indsats eller en begrundelse for, at der ingen er',
        check(ctx, report) {
            if (!block(ctx.root, 'indsatsplan')) return;
            for (const barrier of barriersWithoutMeasure(ctx.root)) report(barrier, { property: 'name', args: { name: barrier.name } });
        },
    }),
    'IND-02': rule({
        title: 'Indsatsplan mangler', severity: 'error', outcomes: ['ressourceforløb', 'jobafklaringsforløb'], basis: 'jobafklaringsforløb: LAB kapitel 18; ressourceforløb: LAB § 112',
        explanation: 'Jobafklaringsforløb og ressourceforløb er planlagte forløb: indsatserne skal stå i en indsatsplan (LAB §§ 107 og 112).',
        fix: 'Tilføj `indsatsplan { … }` med de planlagte indsatser.',
        messages: { main: { text: '{outcome} kræver en indsatsplan (jobafklaringsforløb: LAB kapitel 18; ressourceforløb: LAB § 112). Tilføj blokken `indsatsplan` med de planlagte indsatser.' } },
        requirement: 'Der er en indsatsplan',
        check(ctx, report) {
            if (!block(ctx.root, 'indsatsplan') && ctx.outcome && ctx.outcomeNode) {
                report(ctx.outcomeNode, { property: 'value', args: { outcome: wordLabel(ctx.outcome) } });
            }
        },
    }),
    'IND-03': rule({
        title: 'Indsats uden barriere', severity: 'warning', basis: '–',
        explanation: 'En planlagt indsats bør sige, hvilke barrierer den skal afhjælpe, så planen hænger sammen med beskrivelsen.',
        fix: 'Tilføj `adresserer <barriere>`. Hurtigrettelsen tilføjer de barrierer, som ingen indsats adresserer endnu.',
        messages: { main: { text: 'Indsatsen `{name}` adresserer ingen barriere. Tilføj `adresserer <barriere>`, så planen hænger sammen med beskrivelsen.' } },
        requirement: 'Hver planlagt indsats adresserer en barriere',
        check(ctx, report) {
            if (!block(ctx.root, 'indsatsplan')) return;
            const unaddressed = barriersWithoutMeasure(ctx.root).map(b => b.name);
            for (const measure of plannedMeasures(ctx.root)) {
                if (!measure.attributes.some(ast.isAddresses)) report(measure, { property: 'name', args: { name: measure.name }, data: { barriers: unaddressed } });
            }
        },
        quickFix: {
            title: 'Tilføj adresserer',
            edits: (d: FixDiagnostic<{ barriers: string[] }>, document: FixDocument) => {
                const barriers = d.data.barriers ?? [];
                if (barriers.length === 0) return undefined;
                const line = d.range.start.line;
                const measure = AstUtils.streamAst(document.parseResult.value).filter(ast.isPlannedMeasure)
                    .find(m => m.$cstNode && m.$cstNode.range.start.line <= line && m.$cstNode.range.end.line >= line);
                const textNode = measure?.text.$cstNode;
                if (!textNode) return undefined;
                const at = document.textDocument.positionAt(textNode.end);
                return [{ range: { start: at, end: at }, newText: `\n        adresserer ${barriers.join(', ')}` }];
            },
        },
    }),
    'IND-04': rule({
        title: 'Indsats uden ansvarlig eller periode', severity: 'warning', basis: '–',
        explanation: 'En planlagt indsats skal have en ansvarlig og en periode, så alle ved, hvem der gør hvad og hvornår.',
        fix: 'Tilføj `ansvarlig "…"` og `periode <dato> til <dato>`.',
        messages: { main: { text: 'Indsatsen `{name}` mangler {missing}. Skriv, hvem der har ansvaret, og hvornår indsatsen foregår.' } },
        requirement: 'Hver planlagt indsats har en ansvarlig og en periode',
        check(ctx, report) {
            for (const measure of plannedMeasures(ctx.root)) {
                const missing = [!attribute(measure, ast.isResponsible) && '`ansvarlig`', !attribute(measure, ast.isPeriod) && '`periode`'].filter(Boolean);
                if (missing.length) report(measure, { property: 'name', args: { name: measure.name, missing: missing.join(' og ') } });
            }
        },
    }),
    'IND-05': rule({
        title: 'Flere sektorer uden koordinator', severity: 'warning', reads: ['word:indsatstype', 'block:indsatsplan'], basis: 'god praksis i tværfaglig rehabilitering (en pligt kun i ressourceforløb og jobafklaringsforløb, LAB kapitel 18–19)',
        explanation: 'Når indsatser går på tværs af beskæftigelse, social og sundhed, bør én person koordinere, så borgeren ikke selv skal binde planen sammen. Det er god praksis; en lovpligt er det kun i ressourceforløb og jobafklaringsforløb (LAB kapitel 18–19).',
        fix: 'Tilføj `koordinerende_sagsbehandler: "…"` i `indsatsplan`.',
        messages: { main: { text: 'Indsatsplanen går på tværs af {sectors}, men har ingen koordinerende sagsbehandler. God praksis er, at én person binder planen sammen for borgeren: tilføj `koordinerende_sagsbehandler: "…"`.' } },
        requirement: 'En plan på tværs af sektorer har en koordinerende sagsbehandler',
        yieldsTo: ['RF-02'],
        check(ctx, report) {
            const plan = block(ctx.root, 'indsatsplan');
            if (!plan) return;
            const sectors = sectorsOf(plannedMeasures(ctx.root));
            if (sectors.length >= 2 && !plan.items.some(ast.isCoordinator)) report(plan, { keyword: 'indsatsplan', args: { sectors: sectors.join(' og ') } });
        },
    }),
    'IND-06': rule({
        title: 'Ingen virksomhedsrettet indsats', severity: 'info', reads: ['word:indsatstype'], basis: 'god praksis (STAR, skabeloner for rehabiliteringsplanen, 2018)',
        explanation: 'Virksomhedsrettede indsatser (virksomhedspraktik, løntilskud, IPS) er den bedst dokumenterede vej i arbejde (STAR, skabeloner for rehabiliteringsplanen, 2018). Det er god praksis, ikke lov.',
        fix: 'Overvej en virksomhedspraktik, løntilskud eller IPS.',
        messages: { main: { text: 'Hverken indsatsplanen eller de hidtidige indsatser rummer en virksomhedsrettet indsats (virksomhedspraktik, løntilskud eller IPS). Det er god praksis at overveje en (STAR, skabeloner for rehabiliteringsplanen, 2018).' } },
        requirement: 'Planen eller historikken har en virksomhedsrettet indsats',
        check(ctx, report) {
            const plan = block(ctx.root, 'indsatsplan');
            const anchor = plan ?? block(ctx.root, 'hidtidige_indsatser');
            if (!anchor || [...plannedMeasures(ctx.root), ...previousMeasures(ctx.root)].some(m => COMPANY_BASED.has(m.type))) return;
            if (plan) report(plan, { keyword: 'indsatsplan' });
            else report(anchor, { keyword: 'hidtidige_indsatser' });
        },
    }),
});
