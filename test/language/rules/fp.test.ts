import { describe, expect, test } from 'vitest';
import { folkepensionDate } from '@arbejdsevne/language';
import { edit, FP_BASE } from './cases.js';
import { checkFamily } from './family-harness.js';

checkFamily('FP', [
    {
        name: 'fp-01-under-40',
        text: edit(FP_BASE, [['fødselsdato: 1984-03-12', 'fødselsdato: 1990-03-12']]),
        expect: [['FP-01', 'indstilling: førtidspension']],
    },
    {
        name: 'fp-01-clean-under-40-obviously-futile',
        text: edit(FP_BASE, [
            ['fødselsdato: 1984-03-12', 'fødselsdato: 1990-03-12'],
            [
                '    afprøvet: praktik2025, mentor2024\n',
                `    afprøvet: praktik2025, mentor2024
    åbenbart_formålsløst: "Fremskreden sygdom; lægerne vurderer samstemmende, at arbejdsevnen ikke kan forbedres"
`,
            ],
        ]),
        expect: [],
    },
    {
        name: 'fp-02-capacity-not-none',
        text: edit(FP_BASE, [['arbejdsevne: ingen_selvforsørgelse', 'arbejdsevne: væsentligt_og_varigt_nedsat']]),
        expect: [['FP-02', 'arbejdsevne: væsentligt']],
    },
    {
        name: 'fp-03-nothing-tested',
        text: edit(FP_BASE, [['    afprøvet: praktik2025, mentor2024\n', '']]),
        expect: [['FP-03', 'indstilling: førtidspension']],
    },
    { name: 'fp-clean-foertidspension', text: FP_BASE, expect: [] },
    { name: 'fp-04-reached-pension-age', text: edit(FP_BASE, [['fødselsdato: 1984-03-12', 'fødselsdato: 1959-11-20']]), expect: [['FP-04', 'indstilling: førtidspension']] },
    { name: 'fp-04-clean-day-before-pension-age', text: edit(FP_BASE, [['fødselsdato: 1984-03-12', 'fødselsdato: 1959-11-21']]), expect: [] },
    {
        name: 'fp-05-reasons-without-health-documentation',
        text: edit(FP_BASE, [['jf. @lægeattest og @koordinator', 'jf. lægerne']]),
        expect: [['FP-05', 'begrundelse:'], ['LAE-04', 'begrundelse:']],
    },
    {
        name: 'fp-01-clean-under-40-documented',
        text: edit(FP_BASE, [
            ['fødselsdato: 1984-03-12', 'fødselsdato: 1990-03-12'],
            ['    lovgrundlag:', '    kan_ikke_forbedres: "Speciallægen vurderer, at arbejdsevnen ikke kan forbedres, jf. @psykiater"\n    lovgrundlag:'],
        ]),
        expect: [],
    },
    {
        name: 'fp-01-under-40-undocumented',
        text: edit(FP_BASE, [
            ['fødselsdato: 1984-03-12', 'fødselsdato: 1990-03-12'],
            ['    lovgrundlag:', '    kan_ikke_forbedres: "Arbejdsevnen kan ikke forbedres"\n    lovgrundlag:'],
        ]),
        expect: [['FP-01', 'kan_ikke_forbedres:']],
    },
]);

describe('folkepensionsalderen (pensionsloven § 1 a)', () => {
    test.each([
        ['1953-12-31', '2018-12-31'], // 65
        ['1954-01-01', '2019-07-01'], // 65½
        ['1954-06-30', '2019-12-30'],
        ['1954-07-01', '2020-07-01'], // 66
        ['1955-01-01', '2021-07-01'], // 66½
        ['1955-07-01', '2022-07-01'], // 67
        ['1962-12-31', '2029-12-31'],
        ['1963-01-01', '2031-01-01'], // 68
        ['1967-01-01', '2036-01-01'], // 69
        ['1971-01-01', '2041-01-01'], // 70
    ])('born %s: reached %s', (born, reached) => {
        expect(folkepensionDate(born)).toBe(reached);
    });
});
