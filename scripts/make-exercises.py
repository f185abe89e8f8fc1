#!/usr/bin/env python3
"""Writes examples/øvelser/: course exercises made from the clean cases in examples/, each with a
Danish task text, deliberate gaps, the expected findings as inline markers (the answer key) and a
clean solution file. Re-run after changing a case; review the diff."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from inline_markers import edit, mark  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), '..')
OUT = os.path.join(ROOT, 'examples', 'øvelser')


def case(name):
    text = open(os.path.join(ROOT, 'examples', name), encoding='utf8').read()
    # The cases' own headers give way to the exercise's.
    lines = text.split('\n')
    while lines[0].startswith('//'):
        lines.pop(0)
    return '\n'.join(lines)


def header(number, title, task, families):
    return '\n'.join([
        f'// ØVELSE {number}: {title}',
        '// Fiktiv sag til undervisning. Alle oplysninger er opdigtede.',
        '//',
        *[f'// {line}' for line in task],
        '//',
        f'// Regelfamilier: {families}.',
        '// Facit: linjer markeret med "forventet" viser, hvad tjekket finder. Løsningen står i',
        f'// øvelse-{number}-…-løsning.aev.',
        '',
    ])


EXERCISES = [
    ('1-struktur', 'Struktur, ord og CPR', 'fie-hansen.aev', 'GEN, BOR, CPR', [
        'Beskrivelsen er skrevet i en fart. Find stavefejlen i en fast værdi, henvisningen til en post,',
        'der ikke findes, pladsholderen og de to steder, hvor et CPR-nummer er brugt forkert.',
    ], [
        ('ydelse: kontanthjælp siden', 'ydelse: kontanthjaelp siden'),
        ('    fødselsdato: 1984-03-12', '    cpr: "310284-1234"'),
        ('behandling: "Fysioterapi; venter på forløb på smerteklinik"', 'behandling: "TODO"'),
        ('"Samtale i jobcentret;', '"Samtale i jobcentret med Fie (120384-1234);'),
        ('jf. @lægeattest og @koordinator', 'jf. @lægeattesten og @koordinator'),
    ], [('GEN-09', 'ydelse: kontanthjaelp'), ('CPR-01', 'cpr: "310284'), ('GEN-08', 'behandling: "TODO"'),
        ('CPR-03', 'samtale samtale1'), ('GEN-05', '@lægeattesten')]),
    ('2-beskrivelsen', 'Den forberedende del', 'lone-berg-afklaring-36a.aev', 'FD', [
        'Fire af de oplysninger, en arbejdsevnebeskrivelse skal rumme, mangler. Find dem, og skriv dem,',
        'som du ville skrive dem sammen med Lone.',
    ], [
        ('''    cv: """
        2008-2018 ekspedient, Købmanden i Byen
        2018-2022 kantinemedhjælper, Fabrikken A/S
    """
''', ''),
        ('    borgerens_perspektiv: "Det bliver bedre, når jeg har noget at stå op til."\n', ''),
        ('"Moderat depression siden 2023" kilde lægeattest', '"Moderat depression siden 2023"'),
        ('    samtale samtale1: 2026-08-05 "Afklarende samtale i jobcentret"\n', ''),
    ], [('FD-09', 'beskæftigelse {'), ('FD-06', 'helbred {'), ('FD-12', 'barriere depression'), ('FD-11', 'sagsforløb {')]),
    ('3-borgerens-stemme', 'Borgerens stemme og partshøring', 'peter-lund-faa-ressourcer.aev', 'BV, PROC', [
        'Peters egen vurdering er ikke længere aktuel, og udkastet er ikke sendt i partshøring.',
        'Hvad betyder det for Peters retssikkerhed, og hvad skal du gøre?',
    ], [
        ('borgerens_vurdering 2026-10-20', 'borgerens_vurdering 2026-03-01'),
        ('    partshøring høring1: 2026-10-27 "Udkastet læst højt for Peter ved et hjemmebesøg; ingen bemærkninger" lov FVL § 19\n', ''),
    ], [('BV-02', 'borgerens_vurdering 2026-03-01'), ('PROC-01', 'sagsforløb {')]),
    ('4-fleksjob', 'Fleksjob og lægelig dokumentation', 'fie-hansen.aev', 'FJ, LAE', [
        'Indstillingen om fleksjob mangler noget, loven kræver, og dokumentationen er ikke i orden.',
        'Find fire mangler.',
    ], [
        ('    skånehensyn: "Pauser hver time; ikke stående arbejde over to timer"\n', ''),
        ('    afprøvet: praktik2025, mentor2024\n', ''),
        ('LÆ265 2026-09-01', 'LÆ265 2025-09-01'),
        ('samtykke samtykke1: 2026-05-20', 'samtykke samtykke1: 2025-05-20'),
        ('dokument koordinator: klinisk_funktion', 'dokument koordinator: andet'),
    ], [('FJ-04', 'vurdering {'), ('FJ-02', 'indstilling: fleksjob'), ('LAE-02', 'LÆ265 2025-09-01'), ('LAE-03', 'dokumentation {')]),
    ('5-foertidspension', 'Førtidspension', 'ole-jensen-foertidspension.aev', 'FP', [
        'Borgeren i denne udgave af sagen er yngre, og arbejdsevnen er vurderet anderledes. Kan der',
        'indstilles til førtidspension? Hvad skal der til?',
    ], [
        ('fødselsdato: 1968-04-02', 'fødselsdato: 1989-04-02'),
        ('arbejdsevne: ingen_selvforsørgelse', 'arbejdsevne: væsentligt_og_varigt_nedsat'),
    ], [('FP-01', 'indstilling: førtidspension'), ('FP-02', 'arbejdsevne: væsentligt')]),
    ('6-ressourceforloeb', 'Ressourceforløb efter de gamle regler', 'amalie-skov-ressourceforloeb-2025.aev', 'RF, RT', [
        'Sagen er fra november 2025, før reformen. Tre ting, et ressourceforløb krævede dengang, mangler.',
    ], [
        ('    rehabiliteringsteam team1: 2025-11-04 "Rehabiliteringsteamet indstillede til et ressourceforløb på to år" lov LOB § 9\n', ''),
        ('    koordinerende_sagsbehandler: "Lene Krog"\n', ''),
        ('    udviklingsperspektiv: "Med traumebehandling og støtte forventes Amalie at kunne arbejde 15 timer om ugen inden for tre år"\n', ''),
    ], [('RT-01', 'sagsforløb {'), ('RF-02', 'indsatsplan {'), ('RF-01', 'vurdering {')]),
    ('7-indsatsplan', 'En sammenhængende indsatsplan', 'jonas-holm-tvaersektoriel.aev', 'IND', [
        'Planen går på tværs af tre sektorer. Find den barriere, ingen indsats tager sig af, den indsats',
        'uden ansvarlig, og det, der mangler, for at Jonas ikke selv skal binde planen sammen.',
    ], [
        ('        adresserer gæld\n', ''),
        ('        ansvarlig "Kommunens bostøtte"\n', ''),
        ('    koordinerende_sagsbehandler: "Søren Bak"\n', ''),
    ], [('IND-01', 'barriere gæld'), ('IND-03', 'indsats gældsrådgivning'), ('IND-04', 'indsats bostøtten'), ('IND-05', 'indsatsplan {')]),
    ('8-procedure', 'Samtykke og afklaring', 'lone-berg-afklaring-36a.aev', 'AF, PROC', [
        'Lone har fået kontanthjælp i to år. Tjek, om proceduren er fulgt: afklaringen efter LAB § 36 a',
        'og samtykket til at indhente helbredsoplysninger.',
    ], [
        ('    afklaring afklaring1: 2026-08-05 "Afklaring efter to år på kontanthjælp; sagen skal ikke i rehabiliteringsteam" lov LAB § 36 a\n', ''),
        ('samtykke samtykke1: 2026-05-15 "Samtykke til at indhente LÆ 265 fra egen læge"', 'samtykke samtykke1: 2026-07-15 "Samtykke til at indhente alle relevante oplysninger"'),
    ], [('AF-01', 'sagsforløb {'), ('PROC-04', 'samtykke samtykke1'), ('PROC-03', 'dokument lægeattest')]),
    ('9-udfald', 'Udfald og regelsæt', 'mads-nielsen-jobafklaring.aev', 'UDF, FD', [
        'Her står Mads på kontanthjælp. Kan han komme i jobafklaringsforløb? Hvad siger forsørgelsen?',
    ], [
        ('ydelse: sygedagpenge siden 2025-10-06', 'ydelse: kontanthjælp siden 2025-10-06'),
    ], [('UDF-04', 'ydelse: kontanthjælp'), ('FD-07', 'sygedagpenge 2025-10-06 til nu')]),
]

os.makedirs(OUT, exist_ok=True)
for slug, title, source, families, task, changes, expected in EXERCISES:
    number = slug.split('-')[0]
    clean = case(source)
    exercise = header(number, title, task, families) + mark(edit(clean, changes), expected)
    solution = '\n'.join([f'// LØSNING PÅ ØVELSE {number}: {title}', '// Fiktiv sag til undervisning. Alle oplysninger er opdigtede.', '']) + clean
    with open(os.path.join(OUT, f'øvelse-{slug}.aev'), 'w', encoding='utf8') as f:
        f.write(exercise)
    with open(os.path.join(OUT, f'øvelse-{slug}-løsning.aev'), 'w', encoding='utf8') as f:
        f.write(solution)
print(f'{len(EXERCISES)} exercises written')
