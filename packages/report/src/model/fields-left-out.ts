/**
 * The fields of the language (grammar rules) that a report leaves out on purpose, with the reason.
 * Every other field reaches every output: test/report/every-field.test.ts derives the fields from
 * the grammar and fails on one that is neither shown nor named here.
 */

/** Left out of the full report (PDF, HTML, Word). */
export const LEFT_OUT_OF_FULL_REPORT: Readonly<Record<string, string>> = {
    ToCitizen: '`til_borgeren` er sagsbehandlerens sammenfatning til borgeren og står i borgerversionen under "Vores vurdering"; den fulde rapport har begrundelsen.',
};

/** Left out of the citizen version (borgerversion): it is short and plain, and the full report has the rest. */
export const LEFT_OUT_OF_CITIZEN_VERSION: Readonly<Record<string, string>> = {
    Title: 'Borgerversionen har sin egen titel med borgerens fornavn.',
    BirthDate: 'Borgeren kender sin egen fødselsdato; den står i den fulde rapport.',
    Cpr: 'Intet CPR-nummer i et brev til borgeren.',
    Benefit: 'Ydelsen står i den fulde rapport.',
    Visitation: 'Visitationen er et fagudtryk; den står i den fulde rapport.',
    Case: 'Sagens oplysninger står i den fulde rapport; borgerversionen viser datoen og sagsbehandleren.',
    Purpose: 'Formålet er et fagudtryk; "Vores vurdering" siger det med almindelige ord.',
    Municipality: 'Står i den fulde rapport.',
    RuleSet: 'Regelsættet er jura; det står i den fulde rapport.',
    GrantDate: 'Står i den fulde rapport.',
    CaseNumber: 'Står i den fulde rapport.',
    EmploymentArea: 'Ressourcer og barrierer står i den fulde rapport; borgerversionen viser borgerens egne ord og planen.',
    SocialArea: 'Som ved beskæftigelse.',
    HealthArea: 'Helbredet vises kun med borgerens egne ord (`borgerens_perspektiv`).',
    Resource: 'Står i den fulde rapport.',
    Barrier: 'Står i den fulde rapport.',
    Theme: 'Temaer er fagudtryk fra ressourceprofilen.',
    Sources: 'Kilder er henvisninger til dokumenter; borgerversionen citerer ingen dokumenter.',
    NoMeasure: 'Står i den fulde rapport.',
    NoBarriers: 'Står i den fulde rapport.',
    Cv: 'Står i den fulde rapport.',
    Treatment: 'Helbredsoplysninger står kun i den fulde rapport.',
    Documentation: 'Borgerversionen citerer ingen dokumenter.',
    Document: 'Borgerversionen citerer ingen dokumenter.',
    Provision: 'Forsørgelseshistorikken står i den fulde rapport.',
    ProvisionPeriod: 'Forsørgelseshistorikken står i den fulde rapport.',
    PreviousMeasures: 'Hidtidige indsatser står i den fulde rapport.',
    NoPreviousMeasures: 'Står i den fulde rapport.',
    PreviousMeasure: 'Står i den fulde rapport.',
    Result: 'Står i den fulde rapport.',
    CaseHistory: 'Sagsforløbet står i den fulde rapport.',
    Event: 'Sagsforløbet står i den fulde rapport.',
    EventKind: 'Sagsforløbet står i den fulde rapport.',
    Addresses: 'Hvilken barriere en indsats retter sig mod, står i den fulde rapport.',
    MeasureGoal: 'Står i den fulde rapport.',
    Coordinator: 'Står i den fulde rapport; borgerversionen nævner borgerens egen sagsbehandler.',
    WorkCapacity: 'Et juridisk begreb; "Vores vurdering" siger det med almindelige ord.',
    JobFunctions: 'Står i den fulde rapport.',
    Considerations: 'Står i den fulde rapport.',
    Tested: 'Står i den fulde rapport.',
    Recommendation: '"Vores vurdering" siger indstillingen med almindelige ord.',
    Reasons: 'Den juridiske begrundelse står i den fulde rapport; borgerversionen bruger `til_borgeren`.',
    LegalBasis: 'Ingen paragraffer i borgerversionen.',
    LegalReference: 'Ingen paragraffer i borgerversionen.',
    DevelopmentPerspective: 'Står i den fulde rapport.',
    ObviouslyFutile: 'Står i den fulde rapport.',
    CannotImprove: 'Står i den fulde rapport.',
    Mention: 'Borgerversionen skriver det, en henvisning står for, aldrig et navn eller et citat.',
};
