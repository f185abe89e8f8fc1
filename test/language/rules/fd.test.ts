import { CANON, edit } from './cases.js';
import { checkFamily } from './family-harness.js';

checkFamily('FD', [
    {
        name: 'fd-01-no-employment-resource',
        text: edit(CANON, [
            [
                `    ressource svendebrev: "Faglært frisør med svendebrev fra 2005" tema uddannelse
    ressource erfaring: "Otte års erfaring fra salon med stabilt fremmøde" tema arbejdsmarkedserfaring
`,
                '',
            ],
            [
                'Fie har en faglig uddannelse og lang erfaring (@svendebrev, @erfaring), men',
                'Fie har en faglig uddannelse og lang erfaring, men',
            ],
        ]),
        expect: [['FD-01', 'beskæftigelse {']],
    },
    {
        name: 'fd-02-no-social-resource',
        text: edit(CANON, [['    ressource søster: "Tæt kontakt til søster, som hjælper med børnene" tema sociale_netværk\n', '']]),
        expect: [['FD-02', 'socialt {']],
    },
    {
        name: 'fd-03-area-without-barriers',
        text: edit(CANON, [
            ['    barriere gæld: "Gæld til inkasso tager overskud og søvn" tema bolig_og_økonomi\n', ''],
            [
                `    indsats gældsrådgivning: gældsrådgivning "Gældsrådgivning og budget"
        adresserer gæld
`,
                `    indsats gældsrådgivning: gældsrådgivning "Gældsrådgivning og budget"
        adresserer ryg
`,
            ],
        ]),
        expect: [['FD-03', 'socialt {']],
    },
    {
        name: 'fd-03-clean-ingen-barrierer',
        text: edit(CANON, [
            [
                '    barriere gæld: "Gæld til inkasso tager overskud og søvn" tema bolig_og_økonomi\n',
                '    ingen_barrierer: "Stabil bolig og økonomi; ingen sociale barrierer for arbejde"\n',
            ],
            [
                `    indsats gældsrådgivning: gældsrådgivning "Gældsrådgivning og budget"
        adresserer gæld
`,
                `    indsats gældsrådgivning: gældsrådgivning "Gældsrådgivning og budget"
        adresserer ryg
`,
            ],
        ]),
        expect: [],
    },
    {
        name: 'fd-04-vague-goal',
        text: edit(CANON, [['mål: "Job som frisørassistent 12-15 timer om ugen, gerne i en mindre salon"', 'mål: "Afklares senere"']]),
        expect: [['FD-04', 'mål: "Afklares']],
    },
    {
        name: 'fd-04-missing-goal',
        text: edit(CANON, [['mål: "Job som frisørassistent 12-15 timer om ugen, gerne i en mindre salon"\n', '']]),
        expect: [['FD-04', '// Fiktiv sag']],
    },
    {
        name: 'fd-05-no-treatment',
        text: edit(CANON, [['    behandling: "Fysioterapi; venter på forløb på smerteklinik"\n', '']]),
        expect: [['FD-05', 'helbred {']],
    },
    {
        name: 'fd-06-no-health-perspective',
        text: edit(CANON, [['    borgerens_perspektiv: "Jeg kan godt arbejde, bare ikke stående en hel dag."\n', '']]),
        expect: [['FD-06', 'helbred {']],
    },
    {
        name: 'fd-07-provision-mismatch',
        text: edit(CANON, [['    kontanthjælp 2020-07-01 til nu', '    sygedagpenge 2020-07-01 til nu']]),
        expect: [['FD-07', 'sygedagpenge 2020-07-01 til nu']],
    },
    {
        name: 'fd-07-empty-provision',
        text: edit(CANON, [
            [
                `    sygedagpenge 2019-01-14 til 2020-06-30
    kontanthjælp 2020-07-01 til nu
`,
                '',
            ],
        ]),
        expect: [['FD-07', 'forsørgelse {']],
    },
    {
        name: 'fd-08-no-result',
        text: edit(CANON, [['        resultat "Gav tryghed; fremmødet steg fra 50 til 90 procent"\n', '']]),
        expect: [['FD-08', 'indsats mentor2024']],
    },
    {
        name: 'fd-08-empty-history',
        text: edit(CANON, [
            [
                `    indsats praktik2025: virksomhedspraktik "Praktik i frisørsalon, 15 timer om ugen"
        periode 2025-03-01 til 2025-05-31
        resultat "Stoppede efter seks uger på grund af rygsmerter, se @ryg"
    indsats mentor2024: mentor "Mentorstøtte ved opstart i praktik"
        periode 2024-09-01 til 2025-02-28
        resultat "Gav tryghed; fremmødet steg fra 50 til 90 procent"
`,
                '',
            ],
            [
                '    afprøvet: praktik2025, mentor2024\n',
                '    åbenbart_formålsløst: "Lægerne vurderer samstemmende, at ordinært arbejde er udelukket"\n',
            ],
            ['Praktikken (@praktik2025)', 'Praktikken'],
            ['(@mentor2024)', ''],
        ]),
        expect: [
            ['FD-08', 'hidtidige_indsatser {'],
            ['IND-06', 'indsatsplan {'],
        ],
    },
    {
        name: 'fd-08-clean-ingen-with-reason',
        text: edit(CANON, [
            [
                `    indsats praktik2025: virksomhedspraktik "Praktik i frisørsalon, 15 timer om ugen"
        periode 2025-03-01 til 2025-05-31
        resultat "Stoppede efter seks uger på grund af rygsmerter, se @ryg"
    indsats mentor2024: mentor "Mentorstøtte ved opstart i praktik"
        periode 2024-09-01 til 2025-02-28
        resultat "Gav tryghed; fremmødet steg fra 50 til 90 procent"
`,
                '    ingen: "Borgeren har været sygemeldt uden mulighed for tilbud; se lægeattesten"\n',
            ],
            [
                '    afprøvet: praktik2025, mentor2024\n',
                '    åbenbart_formålsløst: "Lægerne vurderer samstemmende, at ordinært arbejde er udelukket"\n',
            ],
            ['Praktikken (@praktik2025)', 'Praktikken'],
            ['(@mentor2024)', ''],
            ['"Virksomhedskonsulent finder et fleksjob i en mindre salon"', '"Virksomhedskonsulent finder et fleksjob i en mindre salon"'],
            ['indsats jobsøgning: vejledning_og_opkvalificering', 'indsats jobsøgning: ips'],
        ]),
        expect: [],
    },
    {
        name: 'fd-09-no-cv',
        text: edit(CANON, [
            [
                `    cv: """
        2005-2013 frisør, Salon Klip
        2013-2019 frisør, Hårhuset (deltid fra 2017)
    """
`,
                '',
            ],
        ]),
        expect: [['FD-09', 'beskæftigelse {']],
    },
    {
        name: 'fd-10-no-health-resource',
        text: edit(CANON, [['    ressource fysioterapi: "Går til fysioterapi to gange om ugen og oplever bedring"\n', '']]),
        expect: [['FD-10', 'helbred {']],
    },
    {
        name: 'fd-11-no-conversation',
        text: edit(CANON, [['    samtale samtale1: 2026-11-10 "Samtale i jobcentret; borgeren havde sin søster med som bisidder"\n', '']]),
        expect: [['FD-11', 'sagsforløb {']],
    },
    {
        name: 'fd-12-health-barrier-without-source',
        text: edit(CANON, [['"Angst i nye sociale situationer" kilde psykiater', '"Angst i nye sociale situationer"']]),
        expect: [['FD-12', 'barriere angst']],
    },
    // Revision 3, cases to test 1-3.
    {
        name: 'fd-13-fleksjob-without-wishes',
        text: edit(CANON, [['    ønsker: "Vil helst tilbage til frisørfaget i en lille salon tæt på hjemmet – gerne med børn som kunder"\n', '']]),
        expect: [['FD-13', 'beskæftigelse {']],
    },
    {
        name: 'fd-13-clean-wish-as-resource-with-theme',
        text: edit(CANON, [['    ønsker: "Vil helst tilbage til frisørfaget i en lille salon tæt på hjemmet – gerne med børn som kunder"\n', '    ressource ønske: "Vil gerne arbejde med børn" tema arbejdsrelevante_ønsker\n']]),
        expect: [],
    },
    {
        name: 'fd-13-placeholder-wish-is-gen-08-only',
        text: edit(CANON, [['ønsker: "Vil helst tilbage til frisørfaget i en lille salon tæt på hjemmet – gerne med børn som kunder"', 'ønsker: "ukendt"']]),
        expect: [['GEN-08', 'ønsker: "ukendt"']],
    },
]);
