import { type Argument, Command, CommanderError, Help, type Option } from 'commander';
import { workerEntry } from './check-workers.js';
import { CliError, EXIT } from './exit-codes.js';
import { version } from './version.js';

// Each command loads what it needs when it runs: `--version` and `--help` load no checker (Langium) and no report.

/** Collects a repeatable option's values (`--regel A=fra --regel B=fejl`). */
function collect(value: string, previous: string[] = []): string[] {
    return [...previous, value];
}

const TITLES: Record<string, string> = { 'Usage:': 'Brug:', 'Options:': 'Tilvalg:', 'Commands:': 'Kommandoer:', 'Arguments:': 'Argumenter:' };

class DanishHelp extends Help {
    override styleTitle(title: string): string {
        return TITLES[title] ?? title;
    }

    override commandUsage(command: Command): string {
        return danishTerms(super.commandUsage(command));
    }

    override subcommandTerm(command: Command): string {
        return danishTerms(super.subcommandTerm(command));
    }

    // Commander appends an English "(default: …)"; the Danish descriptions name the default themselves.
    override optionDescription(option: Option): string {
        return option.description;
    }

    override argumentDescription(argument: Argument): string {
        return argument.description;
    }
}

function danishTerms(text: string): string {
    return text.replace('[options]', '[tilvalg]').replace('[command]', '[kommando]');
}


/** Builds the `arbejdsevne` command. `out`/`err` are injectable for tests. */
export function buildProgram(out: (text: string) => void, err: (text: string) => void, setExit: (code: number) => void): Command {
    const commanderErr = () => undefined;
    const program = new Command('arbejdsevne');
    program
        .description('Tjek og formidl arbejdsevnebeskrivelser (.aev-filer) efter de danske regler.')
        .version(version(), '-V, --version', 'vis versionsnummeret')
        .helpOption('-h, --help', 'vis hjælp')
        .helpCommand('hjælp [kommando]', 'vis hjælp til en kommando')
        .showHelpAfterError('(Skriv arbejdsevne --help for hjælp.)')
        .configureOutput({ writeOut: s => out(s.replace(/\n$/, '')), writeErr: commanderErr })
        .exitOverride();
    program.createHelp = () => Object.assign(new DanishHelp(), program.configureHelp());

    const withCheckerOptions = (command: Command) => command
        .option('--regelsæt <id>', 'brug dette regelsæt i stedet for det, sagens dato vælger (fx REF-2026b)')
        .option('--profil <profil>', 'gældende_ret (standard) eller ds_anbefalinger')
        .option('--regel <KODE=niveau>', 'sæt en regels niveau: fra, info, advarsel eller fejl, fx IND-06=fra (kan gentages)', collect);

    withCheckerOptions(program.command('tjek')
        .description('tjek .aev-filer og mapper (rekursivt) mod regelkataloget')
        .argument('<filer...>', 'filer eller mapper')
        .option('--format <format>', 'tekst (standard), json eller sarif', 'tekst'))
        .action(async (files: string[], options) => {
            const { runCheck } = await import('./commands/check.js');
            setExit(await runCheck(files, options, out, err));
        });

    withCheckerOptions(program.command('rapport')
        .description('lav rapporten som PDF (standard), HTML eller Word')
        .argument('<fil>', 'en .aev-fil')
        .option('--pdf <fil>', 'skriv PDF hertil (standard: <filnavn>.pdf ved siden af)')
        .option('--html <fil>', 'skriv HTML hertil')
        .option('--docx <fil>', 'skriv Word (DOCX) hertil')
        .option('--borgerversion', 'lav den korte version til borgeren')
        .option('--vis-cpr', 'vis CPR-nummeret fuldt (standard: DDMMÅÅ-XXXX)')
        .option('--bilag', 'medtag bilaget om lovmæssig fuldstændighed')
        .option('--dato <dato>', 'rapportens dato (standard: sagens dato)'))
        .action(async (file: string, options) => {
            // Loaded on demand: the PDF and Word libraries cost start-up time that `tjek` does not need.
            const { runReport } = await import('./commands/report.js');
            setExit(await runReport(file, options, out, err));
        });

    program.command('sammenlign')
        .description('vis ændringerne mellem to versioner af en beskrivelse, efter indhold og ikke linje for linje')
        .argument('<før>', 'den tidligere version (.aev)')
        .argument('<efter>', 'den nye version (.aev)')
        .option('--format <format>', 'tekst (standard) eller json', 'tekst')
        .option('--pdf <fil>', 'skriv ændringsrapporten som PDF hertil')
        .option('--html <fil>', 'skriv ændringsrapporten som HTML hertil')
        .option('--docx <fil>', 'skriv ændringsrapporten som Word (DOCX) hertil')
        .action(async (before: string, after: string, options) => {
            const { runCompare } = await import('./commands/compare.js');
            setExit(await runCompare(before, after, options, out, err));
        });

    program.command('partshøring')
        .description('skriv partshøringsbrevet til borgeren om de oplysninger, borgeren ikke har set (PDF som standard)')
        .argument('<fil>', 'beskrivelsen (.aev)')
        .option('--siden <før.aev|dato>', 'nyt siden denne version eller dato (standard: siden sidste partshøring i sagsforløbet)')
        .option('--frist <dato>', 'svarfristen (standard: 14 dage efter brevets dato)')
        .option('--dato <dato>', 'brevets dato (standard: i dag)')
        .option('--pdf <fil>', 'skriv PDF hertil (standard: <filnavn>-partshøring.pdf ved siden af)')
        .option('--html <fil>', 'skriv HTML hertil')
        .option('--docx <fil>', 'skriv Word (DOCX) hertil')
        .action(async (file: string, options) => {
            const { runHearing } = await import('./commands/hearing.js');
            setExit(await runHearing(file, options, out, err));
        });

    program.command('ny')
        .description('opret en ny beskrivelse med skelet til et formål')
        .argument('<fil>', 'den nye .aev-fil (overskrives aldrig)')
        .requiredOption('--formål <udfald>', 'fx fleksjob, førtidspension, jobafklaringsforløb')
        .option('--dato <dato>', 'sagens dato, ÅÅÅÅ-MM-DD; den vælger regelsættet (standard: i dag)')
        .option('--bevilget <dato>', 'bevillingsdatoen for et igangværende ressourceforløb eller revalidering')
        .option('--navn <navn>', 'borgerens navn')
        .option('--fødselsdato <dato>', 'borgerens fødselsdato, ÅÅÅÅ-MM-DD')
        .action(async (file: string, options) => {
            const { runNew } = await import('./commands/new.js');
            setExit(await runNew(file, options, out));
        });

    program.command('anonymiser')
        .description('lav en anonymiseret kopi til undervisning')
        .argument('<fil>', 'en .aev-fil')
        .option('-o, --output <fil>', 'kopiens navn (standard: <filnavn>-anonymiseret.aev)')
        .option('--forskyd <dage>', 'flyt alle datoer dette antal dage (standard: op til et år tilbage inden for samme regelsæt)')
        .option('--overskriv', 'overskriv kopien, hvis den findes')
        .action(async (file: string, options) => {
            const { runAnonymise } = await import('./commands/anonymise.js');
            setExit(await runAnonymise(file, options, out));
        });

    program.command('lsp')
        .description('start sprogserveren over stdin/stdout, til Neovim, Emacs, Helix og andre editorer (se docs/editorer.md)')
        .option('--stdio', 'tal over stdin/stdout (standard)')
        .action(async () => {
            const { startNodeServer } = await import('@arbejdsevne/server/node');
            // Runs until the editor says exit; the connection keeps the process alive.
            const { docsFile } = await import('./services.js');
            startNodeServer({ docsFile: docsFile(), stdio: true, workerEntry: workerEntry() });
        });

    program.command('web')
        .description('start øvelsesrummet: editoren, tjekket og rapporten i browseren, på 127.0.0.1')
        .option('--port <port>', 'porten (standard: 4173, eller en ledig, hvis den er optaget)')
        .option('--vært <adresse>', 'server til kursuslokalets netværk, fx 0.0.0.0 (standard: 127.0.0.1, kun denne computer); alle på netværket kan så nå siden')
        .action(async options => {
            const { runWeb } = await import('./commands/web.js');
            setExit(await runWeb(options, out));
        });

    program.command('regler')
        .description('vis regelkataloget, eller hvad der ændres mellem to regelsæt')
        .option('--format <format>', 'tekst (standard) eller json', 'tekst')
        .option('--forskel <regelsæt...>', 'vis de regler, der begynder, ophører eller ændrer niveau eller ordlyd mellem to regelsæt, fx --forskel REF-2026b LAB-2027')
        .action(async options => {
            const { runRules } = await import('./commands/rules.js');
            setExit(runRules(options, out));
        });

    for (const command of program.commands) {
        command.helpOption('-h, --help', 'vis hjælp').exitOverride().configureOutput(program.configureOutput());
        command.createHelp = program.createHelp;
    }
    return program;
}

const COMMANDER_MESSAGES: Record<string, (e: CommanderError) => string> = {
    'commander.unknownOption': e => `Ukendt tilvalg: ${/'([^']+)'/.exec(e.message)?.[1] ?? e.message}.`,
    'commander.unknownCommand': e => `Ukendt kommando: ${/'([^']+)'/.exec(e.message)?.[1] ?? e.message}. Kommandoerne er tjek, rapport, sammenlign, partshøring, ny, anonymiser, regler, lsp, web og hjælp.`,
    // Which argument is missing decides what to say: `tjek <filer...>` takes several, the others one .aev file.
    'commander.missingArgument': e => (/'filer'/.test(e.message)
        ? 'Der mangler et argument: angiv en eller flere filer eller mapper, fx arbejdsevne tjek sag.aev.'
        : 'Der mangler en fil: angiv den .aev-fil, kommandoen skal bruge, fx arbejdsevne rapport sag.aev.'),
    'commander.optionMissingArgument': e => `Tilvalget ${/'([^']+)'/.exec(e.message)?.[1] ?? ''} mangler en værdi.`,
    'commander.excessArguments': () => 'For mange argumenter.',
    'commander.missingMandatoryOptionValue': e => `Tilvalget ${/'([^']+)'/.exec(e.message)?.[1] ?? ''} skal angives.`,
};

/** Runs the CLI and returns its exit code; never throws, never prints a stack trace. */
export async function main(argv: string[], out = (t: string) => console.log(t), err = (t: string) => console.error(t)): Promise<number> {
    let code: number = EXIT.OK;
    const program = buildProgram(out, err, c => { code = c; });
    try {
        if (argv.length <= 2) {
            out(program.helpInformation().replace(/\n$/, ''));
            return EXIT.USAGE;
        }
        await program.parseAsync(argv);
        return code;
    } catch (error) {
        if (error instanceof CommanderError) {
            if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code)) return EXIT.OK;
            const translate = COMMANDER_MESSAGES[error.code];
            err(`arbejdsevne: ${translate ? translate(error) : error.message}`);
            return EXIT.USAGE;
        }
        if (error instanceof CliError) {
            err(`arbejdsevne: ${error.message}`);
            return error.exitCode;
        }
        err(`arbejdsevne: intern fejl: ${error instanceof Error ? error.message : String(error)}. Det er en fejl i Arbejdsevne; meld den gerne, med kommandoen og filen (uden CPR-numre).`);
        return EXIT.INTERNAL;
    }
}
