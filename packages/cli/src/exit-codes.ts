/** Fixed exit codes of `arbejdsevne` (scripts rely on them). */
export const EXIT = {
    /** Checked: no errors (warnings are allowed). */
    OK: 0,
    /** Checked: at least one error (syntax or rule). */
    ERRORS: 1,
    /** Wrong usage, or a file that could not be read. */
    USAGE: 2,
    /** A report or copy could not be written (full disk, no access …); an earlier file is unchanged. */
    NOT_WRITTEN: 3,
    /** A rule failed inside the tool (a bug): the file is not known to be correct. */
    INTERNAL: 4,
} as const;

/** A problem that ends the command with a Danish message and an exit code, never a stack trace. */
export class CliError extends Error {
    constructor(message: string, readonly exitCode: number = EXIT.USAGE) {
        super(message);
    }
}
