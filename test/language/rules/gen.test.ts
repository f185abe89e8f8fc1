import { CANON, JA_BASE, edit, withLae265Content } from './cases.js';
import { checkFamily } from './family-harness.js';

checkFamily('GEN', [
    { name: 'gen-03-future-date', text: CANON, expect: [['GEN-03', 'dato: 2026-11-20']], config: { idag: '2026-09-01' } },
    { name: 'gen-03-clean-within-30-days', text: CANON, expect: [], config: { idag: '2026-10-25' } },
    {
        name: 'gen-03-before-2022',
        text: withLae265Content(edit(CANON, [['dato: 2026-11-20', 'dato: 2021-12-01']])),
        expect: [
            ['GEN-03', 'dato: 2021-12-01'],
            ['GEN-06', 'LÆ265 2026'],
            ['GEN-06', 'speciallægeerklæring 2026'],
            ['GEN-06', 'klinisk_funktion 2026'],
            ['BV-02', 'borgerens_vurdering 2026'],
            ['GEN-06', 'samtale samtale1'],
            ['GEN-06', 'samtykke samtykke1'],
            ['GEN-06', 'partshøring høring1'],
            ['GEN-06', 'afklaring afklaring2025'],
            ['RT-01', 'sagsforløb {'],
            ['PROC-01', 'sagsforløb {'],
        ],
    },
    {
        name: 'gen-06-dates-out-of-order',
        text: edit(CANON, [
            ['periode 2025-03-01 til 2025-05-31', 'periode 2025-05-31 til 2025-03-01'],
            ['LÆ265 2026-09-01', 'LÆ265 2026-11-25'],
        ]),
        expect: [
            ['GEN-06', 'periode 2025-05-31'],
            // One fact, one diagnostic: PROC-06 (after the last partshøring) rests on the date GEN-06 flags.
            ['GEN-06', 'LÆ265 2026-11-25'],
        ],
    },
    {
        name: 'gen-06-clean-same-day',
        text: edit(CANON, [['LÆ265 2026-09-01', 'LÆ265 2026-11-20'], ['partshøring høring1: 2026-11-18', 'partshøring høring1: 2026-11-20']]),
        expect: [],
    },
    {
        name: 'gen-07-unknown-law',
        text: edit(CANON, [
            ['lov RSL § 11 a', 'lov RLS § 11 a'],
            ['lovgrundlag: LAB § 116', 'lovgrundlag: LAB § 116, LAB § 999'],
        ]),
        expect: [
            ['GEN-07', 'lov RLS'],
            ['GEN-07', 'lovgrundlag:'],
        ],
    },
    {
        name: 'gen-07-clean-known-provisions',
        text: edit(CANON, [['lovgrundlag: LAB § 116', 'lovgrundlag: LAB § 116, stk. 1, LAB § 116, stk. 3, FVL § 24, RSL § 11a']]),
        expect: [],
    },
    {
        name: 'gen-08-placeholders',
        text: edit(CANON, [
            ['behandling: "Fysioterapi; venter på forløb på smerteklinik"', 'behandling: "TODO"'],
            ['kommune: "Eksempel Kommune"', 'kommune: ""'],
        ]),
        expect: [
            ['GEN-08', 'behandling: "TODO"'],
            ['GEN-08', 'kommune: ""'],
        ],
    },
    {
        // A placeholder word anywhere, in any case, whatever follows it (FP-01's fix once inserted "udfyldes, jf. @…" and passed).
        name: 'gen-08-placeholder-anywhere',
        text: edit(CANON, [
            ['behandling: "Fysioterapi; venter på forløb på smerteklinik"', 'behandling: "udfyldes, jf. @lægeattest"'],
            ['skånehensyn: "Pauser hver time; ikke stående arbejde over to timer"', 'skånehensyn: "Pauser hver time; UDFYLDES efter samtalen"'],
            ['arbejdsfunktioner: "Kundebetjening, booking og lettere frisøropgaver med mulighed for at sidde"', 'arbejdsfunktioner: "Kundebetjening og todo: spørg lægen"'],
            ['kommune: "Eksempel Kommune"', 'kommune: "…"'],
            ['sagsbehandler: "Anna Andersen, socialrådgiver"', 'sagsbehandler: "Anna xxx"'],
        ]),
        expect: [
            ['GEN-08', 'behandling: "udfyldes'],
            ['GEN-08', 'skånehensyn: "Pauser'],
            ['GEN-08', 'arbejdsfunktioner: "Kundebetjening og todo'],
            ['GEN-08', 'kommune: "…"'],
            ['GEN-08', 'sagsbehandler: "Anna xxx"'],
        ],
    },
    {
        name: 'gen-08-clean-words-that-contain-placeholder-letters',
        text: edit(CANON, [
            ['behandling: "Fysioterapi; venter på forløb på smerteklinik"', 'behandling: "Skemaet er udfyldt; Maxxxi-kursus, todos-listen og xx er ord, ikke pladsholdere"'],
        ]),
        expect: [],
    },
    {
        name: 'gen-08-clean-ingen-and-words',
        text: edit(CANON, [
            ['behandling: "Fysioterapi; venter på forløb på smerteklinik"', 'behandling: "ingen"'],
            ['"Gældsrådgivning og budget"', '"Gældsrådgivning og budget; beløbet er endnu ukendt"'],
        ]),
        expect: [],
    },
    {
        name: 'gen-01-missing-blocks',
        text: 'arbejdsevne "Mangler næsten alt"\n',
        expect: [
            ...['GEN-01', 'GEN-01', 'GEN-01', 'GEN-01', 'GEN-01', 'GEN-01', 'GEN-01', 'GEN-01', 'GEN-10', 'FD-04', 'FD-07', 'FD-08', 'BV-01'].map(
                id => [id, 'arbejdsevne'] as const,
            ),
        ],
    },
    { name: 'gen-02-clean-single-blocks', text: `// Hver blok én gang; samme ord som id er tilladt.\n${CANON}`, expect: [] },
    {
        name: 'gen-02-duplicate-block',
        text: edit(CANON, [
            [
                '    kontanthjælp 2020-07-01 til nu\n',
                `    kontanthjælp 2020-07-01 til nu
}

socialt {
    ressource nabo: "God nabo, der handler ind" tema sociale_netværk
`,
            ],
        ]),
        expect: [['GEN-02', 'socialt {', 2]],
    },
    {
        name: 'gen-02-field-twice',
        text: edit(CANON, [['    indstilling: fleksjob\n', '    indstilling: fleksjob\n    indstilling: førtidspension\n']]),
        expect: [['GEN-02', 'indstilling: førtidspension']],
    },
    {
        name: 'gen-02-case-date-and-name-twice',
        text: edit(CANON, [['    dato: 2026-11-20\n', '    dato: 2026-11-20\n    dato: 2026-11-21\n'], ['    navn: "Fie Hansen"\n', '    navn: "Fie Hansen"\n    navn: "Fie Hansen-Berg"\n']]),
        expect: [['GEN-02', 'dato: 2026-11-21'], ['GEN-02', 'navn: "Fie Hansen-Berg"']],
    },
    {
        name: 'gen-02-clean-forlaengelse-per-ground',
        text: edit(JA_BASE, [['    forlængelse: ingen "Ingen af grundene i sygedagpengelovens § 27, stk. 1, passer"\n', '    forlængelse: ingen "Ingen af grundene i sygedagpengelovens § 27, stk. 1, passer"\n    forlængelse: ingen "Heller ikke efter ny lægeattest"\n']]),
        expect: [],
    },
    {
        name: 'gen-04-duplicate-id',
        text: edit(CANON, [
            [
                '    barriere angst: "Angst i nye sociale situationer" kilde psykiater\n',
                `    barriere angst: "Angst i nye sociale situationer" kilde psykiater
    ressource ryg:
        "Træner selv ryggen hver morgen"
`,
            ],
        ]),
        expect: [['GEN-04', 'ressource ryg:'], ['FJ-06', 'begrundelse:']],
    },
    {
        name: 'gen-05-unknown-mention',
        text: edit(CANON, [
            [
                `        Fie har en faglig uddannelse og lang erfaring (@svendebrev, @erfaring), men @ryg
        begrænser hende varigt, jf. @lægeattest og @koordinator. Praktikken (@praktik2025)
`,
                `        Fie har en faglig uddannelse og lang erfaring (@svendebrev, @erfaring), men @ryg
        begrænser hende varigt, jf. @lægeattst og @koordinator. Praktikken (@praktik2025)
`,
            ],
        ]),
        expect: [['GEN-05', 'begrænser hende varigt, jf. @lægeattst og @koordinator. Praktikken (@praktik2025)']],
    },
    {
        name: 'gen-05-wrong-kind',
        text: edit(CANON, [
            [
                `    ressource søster: "Tæt kontakt til søster, som hjælper med børnene" tema sociale_netværk
    barriere gæld: "Gæld til inkasso tager overskud og søvn" tema bolig_og_økonomi
`,
                `    ressource søster: "Tæt kontakt til søster, som hjælper med børnene" tema sociale_netværk
    barriere gæld: "Gæld til inkasso tager overskud og søvn" tema bolig_og_økonomi uden_indsats "Borgeren ønsker selv at klare gælden"
`,
            ],
            [
                `    indsats gældsrådgivning: gældsrådgivning "Gældsrådgivning og budget"
        adresserer gæld
`,
                `    indsats gældsrådgivning: gældsrådgivning "Gældsrådgivning og budget"
        adresserer søster
`,
            ],
        ]),
        expect: [['GEN-05', 'adresserer søster']],
    },
    {
        name: 'gen-09-unknown-word',
        text: edit(CANON, [
            [
                `    fødselsdato: 1984-03-12
    ydelse: kontanthjælp siden 2020-07-01
`,
                `    fødselsdato: 1984-03-12
    ydelse: kontanthjaelp siden 2020-07-01
`,
            ],
            [
                `        periode 2026-12-01 til 2027-02-28
    indsats eksponering: psykologbehandling "Angstbehandling med gradvis eksponering"
`,
                `        periode 2026-12-01 til 2027-02-28
    indsats eksponering: psykolog "Angstbehandling med gradvis eksponering"
`,
            ],
        ]),
        expect: [
            ['GEN-09', 'ydelse: kontanthjaelp siden 2020-07-01'],
            ['GEN-09', 'indsats eksponering: psykolog "Angstbehandling med gradvis eksponering"'],
        ],
    },
    {
        name: 'gen-10-no-case-date',
        text: edit(CANON, [['    dato: 2026-11-20\n', '']]),
        expect: [['GEN-10', 'sag {']],
    },
    {
        name: 'gen-08-marked-placeholder',
        text: edit(CANON, [['skånehensyn: "Pauser hver time; ikke stående arbejde over to timer"', 'skånehensyn: "UDFYLDES: pauser, jf. @lægeattest"']]),
        expect: [['GEN-08', 'skånehensyn:']],
    },
    // Revision 3: GEN-06 reads the new dates.
    {
        name: 'gen-06-progression-after-the-case-date',
        text: edit(CANON, [['"Kroniske lændesmerter; kan stå højst to timer ad gangen" kilde lægeattest', '"Kroniske lændesmerter; kan stå højst to timer ad gangen" kilde lægeattest\n        progression 2027-01-05 "Kan stå to timer"']]),
        expect: [['GEN-06', 'progression 2027-01-05']],
    },
    {
        name: 'gen-06-consultation-after-the-attest',
        text: edit(CANON, [['dokument lægeattest: LÆ265 2026-09-01 "Egen læge efter konsultation"', 'dokument lægeattest: LÆ265 2026-09-01 "Egen læge efter konsultation"\n        konsultation 2026-09-10']]),
        expect: [['GEN-06', 'konsultation 2026-09-10']],
    },
    {
        name: 'gen-08-placeholder-progression-note',
        text: edit(CANON, [['"Kroniske lændesmerter; kan stå højst to timer ad gangen" kilde lægeattest', '"Kroniske lændesmerter; kan stå højst to timer ad gangen" kilde lægeattest\n        progression 2026-03-01 "TODO"']]),
        expect: [['GEN-08', 'progression 2026-03-01']],
    },
]);
