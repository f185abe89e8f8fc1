// Generates benchmark input: many small assessments and one very long one, from the canonical example.
import { readFileSync } from 'node:fs';

export const canonical = readFileSync(new URL('../examples/fie-hansen.aev', import.meta.url), 'utf8');

const FIRST = ['Fie', 'Ali', 'Birgit', 'Jonas', 'Maja', 'Omar', 'Karen', 'Per', 'Sofie', 'Tariq'];

/** Assessment number `i`: the canonical case with another name and dates, so no two files are equal. */
export function smallAssessment(i) {
    const name = `${FIRST[i % FIRST.length]} Hansen${i}`;
    const day = String((i % 28) + 1).padStart(2, '0');
    return canonical.replaceAll('Fie Hansen', name).replace('fødselsdato: 1984-03-12', `fødselsdato: 1984-03-${day}`);
}

/** One assessment of about `lines` lines: many resources, barriers, documents and measures. */
export function largeAssessment(lines) {
    const head = canonical.slice(0, canonical.indexOf('beskæftigelse {'));
    const tail = canonical.slice(canonical.indexOf('socialt {'));
    const employment = canonical.slice(canonical.indexOf('beskæftigelse {'), canonical.indexOf('socialt {'));
    let body = employment.slice(0, employment.lastIndexOf('}'));
    let i = 0;
    let count = head.split('\n').length + tail.split('\n').length;
    const barriers = [];
    while (count < lines - 20) {
        body += `    ressource r${i}: "Ressource nummer ${i}: stabilt fremmøde og gode relationer til kolleger" tema arbejdsmarkedserfaring\n`;
        body += `    barriere b${i}: "Barriere nummer ${i}: kan ikke løfte over fem kilo, jf. @r${i}"\n`;
        body += `        uden_indsats "Afklares i næste samtale"\n`;
        barriers.push(`b${i}`);
        i++;
        count += 3;
    }
    body += '}\n\n';
    return head + body + tail;
}
