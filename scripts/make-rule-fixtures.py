#!/usr/bin/env python3
"""Writes test/fixtures/rules/*.aev: variants of the canonical example, each with the diagnostics
it must produce as inline markers. Re-run after changing the canonical example; review the diff."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from inline_markers import edit, mark  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), '..')
CANON = open(os.path.join(ROOT, 'examples/fie-hansen.aev'), encoding='utf8').read()
OUT = os.path.join(ROOT, 'test/fixtures/rules')

# The canonical case moved to 1 October 2025 (RP-2025): every date before the case date.
Y2025 = [
    ('dato: 2026-11-20', 'dato: 2025-10-01'),
    ('LÆ265 2026-09-01', 'LÆ265 2025-09-01'),
    ('speciallægeerklæring 2026-06-15', 'speciallægeerklæring 2025-06-15'),
    ('klinisk_funktion 2026-10-20', 'klinisk_funktion 2025-09-20'),
    ('borgerens_vurdering 2026-11-10', 'borgerens_vurdering 2025-09-10'),
    ('samtale samtale1: 2026-11-10', 'samtale samtale1: 2025-09-10'),
    ('samtykke samtykke1: 2026-05-20', 'samtykke samtykke1: 2025-05-20'),
    ('partshøring høring1: 2026-11-18', 'partshøring høring1: 2025-09-25'),
    ('periode 2027-01-01 til 2027-06-30\n    indsats gældsrådgivning', 'periode 2026-01-01 til 2026-06-30\n    indsats gældsrådgivning'),
    ('periode 2026-12-01 til 2027-02-28', 'periode 2025-12-01 til 2026-02-28'),
    ('periode 2026-12-15 til 2027-04-30', 'periode 2025-12-15 til 2026-04-30'),
    ('periode 2027-01-01 til 2027-06-30\n        mål', 'periode 2026-01-01 til 2026-06-30\n        mål'),
]
TEAM_2025 = [('    afklaring afklaring2025', '    rehabiliteringsteam team1: 2025-09-28 "Sagen forelagt rehabiliteringsteamet, som indstillede til fleksjob" lov LOB § 9\n    afklaring afklaring2025')]
CANON_2025 = edit(CANON, Y2025 + TEAM_2025)

RF_2025 = edit(CANON_2025, [
    ('formål: fleksjob', 'formål: ressourceforløb'),
    ('indstilling: fleksjob', 'indstilling: ressourceforløb'),
    ('arbejdsevne: væsentligt_og_varigt_nedsat', 'arbejdsevne: nedsat_kan_udvikles\n    udviklingsperspektiv: "Med smertebehandling og angstbehandling forventes Fie at kunne arbejde flere timer inden for to år"'),
    ('indstillede til fleksjob', 'indstillede til ressourceforløb'),
    ('lovgrundlag: LAB § 116', 'lovgrundlag: LAB § 112'),
])

FP_BASE = edit(CANON, [
    ('formål: fleksjob', 'formål: førtidspension'),
    ('indstilling: fleksjob', 'indstilling: førtidspension'),
    ('arbejdsevne: væsentligt_og_varigt_nedsat', 'arbejdsevne: ingen_selvforsørgelse'),
    ('lovgrundlag: LAB § 116', 'lovgrundlag: LSP § 16, stk. 3'),
])

JA_BASE = edit(CANON, [
    ('ydelse: kontanthjælp siden 2020-07-01', 'ydelse: sygedagpenge siden 2026-01-05'),
    ('    kontanthjælp 2020-07-01 til nu', '    kontanthjælp 2020-07-01 til 2026-01-04\n    sygedagpenge 2026-01-05 til nu'),
    ('formål: fleksjob', 'formål: jobafklaringsforløb'),
    ('indstilling: fleksjob', 'indstilling: jobafklaringsforløb'),
    ('arbejdsevne: væsentligt_og_varigt_nedsat', 'arbejdsevne: nedsat_kan_udvikles'),
    ('lovgrundlag: LAB § 116', 'lovgrundlag: LAB § 107'),
])

F = {}
def fixture(name, text, expected=(), header=''):
    F[name] = (header + mark(text, list(expected)))

# --- GEN ---------------------------------------------------------------------------------------
fixture('gen-03-future-date.aev', CANON, [('GEN-03', 'dato: 2026-11-20')], header='// idag: 2026-09-01\n')
fixture('gen-03-clean-within-30-days.aev', CANON, header='// idag: 2026-10-25\n')
fixture('gen-03-before-2022.aev', edit(CANON, [('dato: 2026-11-20', 'dato: 2021-12-01')]), [
    ('GEN-03', 'dato: 2021-12-01'),
    ('GEN-06', 'LÆ265 2026'), ('GEN-06', 'speciallægeerklæring 2026'), ('GEN-06', 'klinisk_funktion 2026'),
    ('BV-02', 'borgerens_vurdering 2026'), ('GEN-06', 'samtale samtale1'), ('GEN-06', 'samtykke samtykke1'), ('GEN-06', 'partshøring høring1'),
    ('GEN-06', 'afklaring afklaring2025'), ('RT-01', 'sagsforløb {'), ('PROC-01', 'sagsforløb {'),
])
fixture('gen-06-dates-out-of-order.aev', edit(CANON, [('periode 2025-03-01 til 2025-05-31', 'periode 2025-05-31 til 2025-03-01'), ('LÆ265 2026-09-01', 'LÆ265 2026-11-25')]),
        [('GEN-06', 'periode 2025-05-31'), ('GEN-06', 'LÆ265 2026-11-25')])
fixture('gen-06-clean-same-day.aev', edit(CANON, [('LÆ265 2026-09-01', 'LÆ265 2026-11-20')]))
fixture('gen-07-unknown-law.aev', edit(CANON, [('lov RSL § 11 a', 'lov RLS § 11 a'), ('lovgrundlag: LAB § 116', 'lovgrundlag: LAB § 116, LAB § 999')]),
        [('GEN-07', 'lov RLS'), ('GEN-07', 'lovgrundlag:')])
fixture('gen-07-clean-known-provisions.aev', edit(CANON, [('lovgrundlag: LAB § 116', 'lovgrundlag: LAB § 116, stk. 1, LAB § 116, stk. 3, FVL § 24, RSL § 11a')]))
fixture('gen-08-placeholders.aev', edit(CANON, [('behandling: "Fysioterapi; venter på forløb på smerteklinik"', 'behandling: "TODO"'), ('kommune: "Eksempel Kommune"', 'kommune: ""')]),
        [('GEN-08', 'behandling: "TODO"'), ('GEN-08', 'kommune: ""')])
fixture('gen-08-clean-ingen-and-words.aev', edit(CANON, [('behandling: "Fysioterapi; venter på forløb på smerteklinik"', 'behandling: "ingen"'), ('"Gældsrådgivning og budget"', '"Gældsrådgivning og budget; beløbet er endnu ukendt"')]))

# --- UDF ---------------------------------------------------------------------------------------
fixture('rf-clean-ressourceforloeb-2025.aev', RF_2025)
fixture('udf-01-ressourceforloeb-2026.aev', edit(RF_2025, [('dato: 2025-10-01', 'dato: 2026-09-01')]), [
    ('UDF-01', 'indstilling: ressourceforløb'), ('BV-02', 'borgerens_vurdering 2025'), ('LAE-02', 'LÆ265 2025'),
])
fixture('udf-01-revalidering-2026.aev', edit(CANON, [('formål: fleksjob', 'formål: revalidering'), ('indstilling: fleksjob', 'indstilling: revalidering')]), [('UDF-01', 'indstilling: revalidering')])
fixture('udf-02-udviklingsfleksjob.aev', edit(CANON, [('formål: fleksjob', 'formål: udviklingsfleksjob'), ('indstilling: fleksjob', 'indstilling: udviklingsfleksjob')]), [('UDF-02', 'indstilling: udviklingsfleksjob')])
fixture('udf-02-udviklingsfleksjob-ds-profil.aev', edit(CANON, [('formål: fleksjob', 'formål: udviklingsfleksjob'), ('indstilling: fleksjob', 'indstilling: udviklingsfleksjob')]), [('UDF-02', 'indstilling: udviklingsfleksjob')], header='// profil: ds_anbefalinger\n')
fixture('udf-03-recommendation-differs.aev', edit(FP_BASE, [('formål: førtidspension', 'formål: fleksjob')]), [('UDF-03', 'indstilling: førtidspension')])
fixture('udf-04-jobafklaring-on-kontanthjaelp.aev', edit(JA_BASE, [('ydelse: sygedagpenge siden 2026-01-05', 'ydelse: kontanthjælp siden 2026-01-05'), ('    sygedagpenge 2026-01-05 til nu', '    kontanthjælp 2026-01-05 til nu')]), [('UDF-04', 'ydelse: kontanthjælp')])
fixture('udf-04-clean-jobafklaring-on-sygedagpenge.aev', JA_BASE)
fixture('ind-02-clean-jobafklaring-with-plan.aev', JA_BASE)

# --- FD ----------------------------------------------------------------------------------------
fixture('fd-01-no-employment-resource.aev', edit(CANON, [
    ('    ressource svendebrev: "Faglært frisør med svendebrev fra 2005" tema uddannelse\n    ressource erfaring: "Otte års erfaring fra salon med stabilt fremmøde" tema arbejdsmarkedserfaring\n', ''),
    ('Fie har en faglig uddannelse og lang erfaring (@svendebrev, @erfaring), men', 'Fie har en faglig uddannelse og lang erfaring, men'),
]), [('FD-01', 'beskæftigelse {')])
fixture('fd-02-no-social-resource.aev', edit(CANON, [('    ressource søster: "Tæt kontakt til søster, som hjælper med børnene" tema sociale_netværk\n', '')]), [('FD-02', 'socialt {')])
fixture('fd-03-area-without-barriers.aev', edit(CANON, [
    ('    barriere gæld: "Gæld til inkasso tager overskud og søvn" tema bolig_og_økonomi\n', ''),
    ('    indsats gældsrådgivning: gældsrådgivning "Gældsrådgivning og budget"\n        adresserer gæld\n', '    indsats gældsrådgivning: gældsrådgivning "Gældsrådgivning og budget"\n        adresserer ryg\n'),
]), [('FD-03', 'socialt {')])
fixture('fd-03-clean-ingen-barrierer.aev', edit(CANON, [
    ('    barriere gæld: "Gæld til inkasso tager overskud og søvn" tema bolig_og_økonomi\n', '    ingen_barrierer: "Stabil bolig og økonomi; ingen sociale barrierer for arbejde"\n'),
    ('    indsats gældsrådgivning: gældsrådgivning "Gældsrådgivning og budget"\n        adresserer gæld\n', '    indsats gældsrådgivning: gældsrådgivning "Gældsrådgivning og budget"\n        adresserer ryg\n'),
]))
fixture('fd-04-vague-goal.aev', edit(CANON, [('mål: "Job som frisørassistent 12-15 timer om ugen, gerne i en mindre salon"', 'mål: "Afklares senere"')]), [('FD-04', 'mål: "Afklares')])
fixture('fd-04-missing-goal.aev', edit(CANON, [('mål: "Job som frisørassistent 12-15 timer om ugen, gerne i en mindre salon"\n', '')]), [('FD-04', '// Fiktiv sag')])
fixture('fd-05-no-treatment.aev', edit(CANON, [('    behandling: "Fysioterapi; venter på forløb på smerteklinik"\n', '')]), [('FD-05', 'helbred {')])
fixture('fd-06-no-health-perspective.aev', edit(CANON, [('    borgerens_perspektiv: "Jeg kan godt arbejde, bare ikke stående en hel dag."\n', '')]), [('FD-06', 'helbred {')])
fixture('fd-07-provision-mismatch.aev', edit(CANON, [('    kontanthjælp 2020-07-01 til nu', '    sygedagpenge 2020-07-01 til nu')]), [('FD-07', 'sygedagpenge 2020-07-01 til nu')])
fixture('fd-07-empty-provision.aev', edit(CANON, [('    sygedagpenge 2019-01-14 til 2020-06-30\n    kontanthjælp 2020-07-01 til nu\n', '')]), [('FD-07', 'forsørgelse {')])
fixture('fd-08-no-result.aev', edit(CANON, [('        resultat "Gav tryghed; fremmødet steg fra 50 til 90 procent"\n', '')]), [('FD-08', 'indsats mentor2024')])
fixture('fd-08-empty-history.aev', edit(CANON, [
    ('''    indsats praktik2025: virksomhedspraktik "Praktik i frisørsalon, 15 timer om ugen"
        periode 2025-03-01 til 2025-05-31
        resultat "Stoppede efter seks uger på grund af rygsmerter, se @ryg"
    indsats mentor2024: mentor "Mentorstøtte ved opstart i praktik"
        periode 2024-09-01 til 2025-02-28
        resultat "Gav tryghed; fremmødet steg fra 50 til 90 procent"
''', ''),
    ('    afprøvet: praktik2025, mentor2024\n', '    åbenbart_formålsløst: "Lægerne vurderer samstemmende, at ordinært arbejde er udelukket"\n'),
    ('Praktikken (@praktik2025)', 'Praktikken'), ('(@mentor2024)', ''),
]), [('FD-08', 'hidtidige_indsatser {'), ('IND-06', 'indsatsplan {')])
fixture('fd-08-clean-ingen-with-reason.aev', edit(CANON, [
    ('''    indsats praktik2025: virksomhedspraktik "Praktik i frisørsalon, 15 timer om ugen"
        periode 2025-03-01 til 2025-05-31
        resultat "Stoppede efter seks uger på grund af rygsmerter, se @ryg"
    indsats mentor2024: mentor "Mentorstøtte ved opstart i praktik"
        periode 2024-09-01 til 2025-02-28
        resultat "Gav tryghed; fremmødet steg fra 50 til 90 procent"
''', '    ingen: "Borgeren har været sygemeldt uden mulighed for tilbud; se lægeattesten"\n'),
    ('    afprøvet: praktik2025, mentor2024\n', '    åbenbart_formålsløst: "Lægerne vurderer samstemmende, at ordinært arbejde er udelukket"\n'),
    ('Praktikken (@praktik2025)', 'Praktikken'), ('(@mentor2024)', ''),
    ('"Virksomhedskonsulent finder et fleksjob i en mindre salon"', '"Virksomhedskonsulent finder et fleksjob i en mindre salon"'),
    ('indsats jobsøgning: vejledning_og_opkvalificering', 'indsats jobsøgning: ips'),
]))
fixture('fd-09-no-cv.aev', edit(CANON, [('''    cv: """
        2005-2013 frisør, Salon Klip
        2013-2019 frisør, Hårhuset (deltid fra 2017)
    """
''', '')]), [('FD-09', 'beskæftigelse {')])
fixture('fd-10-no-health-resource.aev', edit(CANON, [('    ressource fysioterapi: "Går til fysioterapi to gange om ugen og oplever bedring"\n', '')]), [('FD-10', 'helbred {')])
fixture('fd-11-no-conversation.aev', edit(CANON, [('    samtale samtale1: 2026-11-10 "Samtale i jobcentret; borgeren havde sin søster med som bisidder"\n', '')]), [('FD-11', 'sagsforløb {')])
fixture('fd-12-health-barrier-without-source.aev', edit(CANON, [('"Angst i nye sociale situationer" kilde psykiater', '"Angst i nye sociale situationer"')]), [('FD-12', 'barriere angst')])

# --- BV ----------------------------------------------------------------------------------------
fixture('bv-01-missing-statement.aev', edit(CANON, [('''borgerens_vurdering 2026-11-10 """
    Jeg vil rigtig gerne arbejde med mennesker igen. Jeg kan ikke klare fuld tid,
    men jeg tror, jeg kan klare 12-15 timer, hvis jeg kan sidde ned en del af tiden.
"""
''', '')]), [('BV-01', '// Fiktiv sag')])
fixture('bv-01-empty-statement.aev', edit(CANON, [('''borgerens_vurdering 2026-11-10 """
    Jeg vil rigtig gerne arbejde med mennesker igen. Jeg kan ikke klare fuld tid,
    men jeg tror, jeg kan klare 12-15 timer, hvis jeg kan sidde ned en del af tiden.
"""''', 'borgerens_vurdering 2026-11-10 ""')]), [('BV-01', 'borgerens_vurdering')])
fixture('bv-02-old-statement.aev', edit(CANON, [('borgerens_vurdering 2026-11-10', 'borgerens_vurdering 2026-04-30')]), [('BV-02', 'borgerens_vurdering')])
fixture('bv-02-clean-six-months.aev', edit(CANON, [('borgerens_vurdering 2026-11-10', 'borgerens_vurdering 2026-05-20')]))
fixture('bv-02-after-case-date.aev', edit(CANON, [('borgerens_vurdering 2026-11-10', 'borgerens_vurdering 21.11.2026')]), [('BV-02', 'borgerens_vurdering')])

# --- LAE ---------------------------------------------------------------------------------------
fixture('lae-01-no-lae265-2026a-error.aev', edit(CANON_2025, [
    ('dato: 2025-10-01', 'dato: 2026-03-02'), ('dokument lægeattest: LÆ265 2025-09-01', 'dokument lægeattest: journaloplysninger 2025-09-01'),
    ('rehabiliteringsteam team1: 2025-09-28', 'rehabiliteringsteam team1: 2026-02-20'),
]), [('LAE-01', 'dokumentation {')])
fixture('lae-01-no-lae265-2026b-warning.aev', edit(CANON, [('dokument lægeattest: LÆ265 2026-09-01', 'dokument lægeattest: journaloplysninger 2026-09-01')]), [('LAE-01', 'dokumentation {')])
fixture('lae-01-clean-jobafklaring-with-lae285.aev', edit(JA_BASE, [('dokument lægeattest: LÆ265 2026-09-01', 'dokument lægeattest: LÆ285 2026-09-01')]))
fixture('lae-02-lae265-seven-months.aev', edit(CANON, [('LÆ265 2026-09-01', 'LÆ265 2026-04-10'), ('samtykke samtykke1: 2026-05-20', 'samtykke samtykke1: 2025-09-01')]), [('LAE-02', 'LÆ265 2026-04-10')])
fixture('lae-02-lae265-over-a-year.aev', edit(CANON, [('LÆ265 2026-09-01', 'LÆ265 2025-10-01'), ('samtykke samtykke1: 2026-05-20', 'samtykke samtykke1: 2025-09-01')]), [('LAE-02', 'LÆ265 2025-10-01')])
fixture('lae-03-fleksjob-2026b-no-clinical.aev', edit(CANON, [('dokument koordinator: klinisk_funktion', 'dokument koordinator: andet')]), [('LAE-03', 'dokumentation {')])
fixture('lae-03-clean-fleksjob-2025-no-clinical.aev', edit(CANON_2025, [('dokument koordinator: klinisk_funktion', 'dokument koordinator: andet')]))
fixture('lae-03-foertidspension-no-clinical.aev', edit(FP_BASE, [('dokument koordinator: klinisk_funktion', 'dokument koordinator: andet')]), [('LAE-03', 'dokumentation {')])
fixture('lae-04-reasons-cite-no-document.aev', edit(CANON, [('jf. @lægeattest og @koordinator', 'jf. lægeattesten og sundhedskoordinatoren')]), [('LAE-04', 'begrundelse:')])

# --- RT ----------------------------------------------------------------------------------------
fixture('rt-01-fleksjob-2025-without-team.aev', edit(CANON_2025, [(TEAM_2025[0][1], TEAM_2025[0][0])]), [('RT-01', 'sagsforløb {')])
fixture('rt-01-clean-fleksjob-2025-with-team.aev', CANON_2025)
fixture('rt-01-clean-foertidspension-obvious.aev', edit(CANON_2025, [
    (TEAM_2025[0][1], TEAM_2025[0][0]), ('formål: fleksjob', 'formål: førtidspension'), ('indstilling: fleksjob', 'indstilling: førtidspension'),
    ('arbejdsevne: væsentligt_og_varigt_nedsat', 'arbejdsevne: ingen_selvforsørgelse\n    åbenbart_formålsløst: "Fremskreden sygdom; lægerne vurderer samstemmende, at arbejdsevnen ikke kan forbedres"'),
    ('lovgrundlag: LAB § 116', 'lovgrundlag: LSP § 18, stk. 2'),
]))

# --- FJ, FP ------------------------------------------------------------------------------------
fixture('fj-01-capacity-not-reduced.aev', edit(CANON, [('arbejdsevne: væsentligt_og_varigt_nedsat', 'arbejdsevne: nedsat_kan_udvikles')]), [('FJ-01', 'arbejdsevne: nedsat_kan_udvikles')])
fixture('fj-02-nothing-tested.aev', edit(CANON, [('    afprøvet: praktik2025, mentor2024\n', '')]), [('FJ-02', 'indstilling: fleksjob')])
fixture('fj-02-clean-obviously-futile.aev', edit(CANON, [('    afprøvet: praktik2025, mentor2024\n', '    åbenbart_formålsløst: "Yderligere afprøvning vil forværre smerterne, jf. speciallægen"\n')]))
fixture('fj-03-very-limited-without-perspective.aev', edit(CANON, [('arbejdsevne: væsentligt_og_varigt_nedsat', 'arbejdsevne: meget_begrænset')]), [('FJ-03', 'arbejdsevne: meget_begrænset')])
fixture('fj-03-clean-very-limited-with-perspective.aev', edit(CANON, [('arbejdsevne: væsentligt_og_varigt_nedsat', 'arbejdsevne: meget_begrænset\n    udviklingsperspektiv: "Efter smertebehandling forventes Fie at kunne arbejde 10-12 timer om ugen inden for et år"')]))
fixture('fj-04-no-functions.aev', edit(CANON, [('    arbejdsfunktioner: "Kundebetjening, booking og lettere frisøropgaver med mulighed for at sidde"\n', '')]), [('FJ-04', 'vurdering {')])
fixture('fp-01-under-40.aev', edit(FP_BASE, [('fødselsdato: 1984-03-12', 'fødselsdato: 1990-03-12')]), [('FP-01', 'indstilling: førtidspension')])
fixture('fp-01-clean-under-40-obviously-futile.aev', edit(FP_BASE, [('fødselsdato: 1984-03-12', 'fødselsdato: 1990-03-12'), ('    afprøvet: praktik2025, mentor2024\n', '    afprøvet: praktik2025, mentor2024\n    åbenbart_formålsløst: "Fremskreden sygdom; lægerne vurderer samstemmende, at arbejdsevnen ikke kan forbedres"\n')]))
fixture('fp-02-capacity-not-none.aev', edit(FP_BASE, [('arbejdsevne: ingen_selvforsørgelse', 'arbejdsevne: væsentligt_og_varigt_nedsat')]), [('FP-02', 'arbejdsevne: væsentligt')])
fixture('fp-03-nothing-tested.aev', edit(FP_BASE, [('    afprøvet: praktik2025, mentor2024\n', '')]), [('FP-03', 'indstilling: førtidspension')])
fixture('fp-clean-foertidspension.aev', FP_BASE)

# --- RF, REV -----------------------------------------------------------------------------------
fixture('rf-01-no-perspective.aev', edit(RF_2025, [('    udviklingsperspektiv: "Med smertebehandling og angstbehandling forventes Fie at kunne arbejde flere timer inden for to år"\n', '')]), [('RF-01', 'vurdering {')])
fixture('rf-01-wrong-capacity.aev', edit(RF_2025, [('arbejdsevne: nedsat_kan_udvikles', 'arbejdsevne: meget_begrænset')]), [('RF-01', 'arbejdsevne: meget_begrænset')])
fixture('rf-02-one-sector-no-coordinator.aev', edit(RF_2025, [
    ('indsats smerteklinik: smertebehandling', 'indsats smerteklinik: virksomhedspraktik'),
    ('indsats gældsrådgivning: gældsrådgivning', 'indsats gældsrådgivning: mentor'),
    ('indsats eksponering: psykologbehandling', 'indsats eksponering: løntilskud'),
    ('    koordinerende_sagsbehandler: "Anna Andersen"\n', ''),
]), [('RF-02', 'indsatsplan {'), ('RF-02', 'indsatsplan {')])
fixture('rf-03-plan-over-three-years.aev', edit(RF_2025, [('periode 2026-01-01 til 2026-06-30\n        mål', 'periode 2026-01-01 til 2029-06-30\n        mål')]), [('RF-03', 'indsatsplan {')])
fixture('rf-04-first-measure-late.aev', edit(RF_2025, [
    ('periode 2026-01-01 til 2026-06-30\n    indsats gældsrådgivning', 'periode 2026-05-01 til 2026-06-30\n    indsats gældsrådgivning'),
    ('periode 2025-12-01 til 2026-02-28', 'periode 2026-05-01 til 2026-07-31'),
    ('periode 2025-12-15 til 2026-04-30', 'periode 2026-05-01 til 2026-08-31'),
    ('periode 2026-01-01 til 2026-06-30\n        mål', 'periode 2026-04-15 til 2026-06-30\n        mål'),
]), [('RF-04', 'periode 2026-04-15')])
fixture('rev-01-no-perspective.aev', edit(CANON_2025, [('formål: fleksjob', 'formål: revalidering'), ('indstilling: fleksjob', 'indstilling: revalidering'), ('lovgrundlag: LAB § 116', 'lovgrundlag: LAB § 142')]), [('REV-01', 'vurdering {')])
fixture('rev-01-clean-revalidering-2025.aev', edit(CANON_2025, [
    ('formål: fleksjob', 'formål: revalidering'), ('indstilling: fleksjob', 'indstilling: revalidering'), ('lovgrundlag: LAB § 116', 'lovgrundlag: LAB § 142'),
    ('    afprøvet: praktik2025', '    udviklingsperspektiv: "Omskoling til receptionist, hvor Fie kan sidde, forventes at give job inden for et år"\n    afprøvet: praktik2025'),
]))

# --- IND ---------------------------------------------------------------------------------------
fixture('ind-01-barrier-without-measure.aev', edit(CANON, [('        adresserer gæld\n', '        adresserer ryg\n')]), [('IND-01', 'barriere gæld')])
fixture('ind-01-clean-uden-indsats.aev', edit(CANON, [('        adresserer gæld\n', '        adresserer ryg\n'), ('tema bolig_og_økonomi', 'tema bolig_og_økonomi\n        uden_indsats "Borgeren har selv aftalt en afdragsordning med inkasso"')]))
fixture('ind-02-jobafklaring-without-plan.aev', edit(JA_BASE, [(JA_BASE[JA_BASE.index('indsatsplan {'):JA_BASE.index('vurdering {')], '')]), [('IND-02', 'indstilling: jobafklaringsforløb')])
fixture('ind-03-measure-addresses-nothing.aev', edit(CANON, [('        adresserer ledighed\n', '')]), [('IND-03', 'indsats jobsøgning'), ('IND-01', 'barriere ledighed')])
fixture('ind-04-measure-without-owner.aev', edit(CANON, [('        ansvarlig "Privatpraktiserende psykolog"\n        periode 2026-12-15 til 2027-04-30\n', '')]), [('IND-04', 'indsats eksponering')])
fixture('ind-05-sectors-without-coordinator.aev', edit(CANON, [('    koordinerende_sagsbehandler: "Anna Andersen"\n', '')]), [('IND-05', 'indsatsplan {')])
fixture('ind-06-no-company-measure.aev', edit(CANON, [('indsats praktik2025: virksomhedspraktik', 'indsats praktik2025: vejledning_og_opkvalificering')]), [('IND-06', 'indsatsplan {')])

# --- AF, PROC ----------------------------------------------------------------------------------
fixture('af-01-no-clarification.aev', edit(CANON, [('    afklaring afklaring2025: 2025-09-15 "Afklaring efter to år på kontanthjælp: sagen belyses med henblik på fleksjob" lov LAB § 36 a\n', '')]), [('AF-01', 'sagsforløb {')])
fixture('af-01-clarification-too-old.aev', edit(CANON, [('afklaring afklaring2025: 2025-09-15', 'afklaring afklaring2025: 2024-09-15')]), [('AF-01', 'sagsforløb {')])
fixture('af-01-clean-jobparat.aev', edit(CANON, [('visitation: aktivitetsparat', 'visitation: jobparat'), ('    afklaring afklaring2025: 2025-09-15 "Afklaring efter to år på kontanthjælp: sagen belyses med henblik på fleksjob" lov LAB § 36 a\n', '')]))
fixture('af-02-ds-profile-no-clarification.aev', edit(CANON, [('visitation: aktivitetsparat', 'visitation: jobparat'), ('    afklaring afklaring2025: 2025-09-15 "Afklaring efter to år på kontanthjælp: sagen belyses med henblik på fleksjob" lov LAB § 36 a\n', '')]), [('AF-02', 'sagsforløb {')], header='// profil: ds_anbefalinger\n')
fixture('af-02-clean-ds-profile-with-clarification.aev', CANON, header='// profil: ds_anbefalinger\n')
fixture('proc-01-no-hearing.aev', edit(CANON, [('    partshøring høring1: 2026-11-18 "Udkastet sendt i partshøring; borgeren havde ingen bemærkninger" lov FVL § 19\n', '')]), [('PROC-01', 'sagsforløb {')])
fixture('proc-02-no-reasons.aev', edit(CANON, [(CANON[CANON.index('    begrundelse: """'):CANON.index('    lovgrundlag')], '')]), [('PROC-02', 'vurdering {')])
fixture('proc-02-reasons-without-facts-no-basis.aev', edit(CANON, [
    ('(@svendebrev, @erfaring), men @ryg', '(se ovenfor), men rygsmerterne'), ('    lovgrundlag: LAB § 116\n', ''),
]), [('PROC-02', 'begrundelse:'), ('PROC-02', 'vurdering {')])
fixture('proc-03-document-before-consent.aev', edit(CANON, [('samtykke samtykke1: 2026-05-20', 'samtykke samtykke1: 2026-08-20')]), [('PROC-03', 'dokument psykiater')])
fixture('proc-04-generic-consent.aev', edit(CANON, [('"Samtykke til at indhente speciallægeerklæring fra psykiater og LÆ 265 fra egen læge"', '"Samtykke til at indhente alle relevante oplysninger"')]), [('PROC-04', 'samtykke samtykke1')])
fixture('proc-05-short-reasons.aev', edit(CANON, [(CANON[CANON.index('    begrundelse: """'):CANON.index('    lovgrundlag')], '    begrundelse: "Arbejdsevnen er nedsat pga. @ryg, jf. @lægeattest"\n')]), [('PROC-05', 'begrundelse:')])

os.makedirs(OUT, exist_ok=True)
for name, text in F.items():
    with open(os.path.join(OUT, name), 'w', encoding='utf8') as f:
        f.write(text)
print(f'{len(F)} fixtures written')
