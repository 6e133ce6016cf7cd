package org.badgekit.cli;

/**
 * The CLI contract's exit codes, in one place. Other tooling relies on these numbers: extend, never renumber.
 */
public final class ExitCode {
    /** Success; every badge valid; every row issued. */
    public static final int OK = 0;
    /** Verification found an invalid badge, or a batch rejected rows (the rest were issued). */
    public static final int INVALID = 1;
    /** Usage error: unknown option, missing argument. */
    public static final int USAGE = 2;
    /** Unreadable or malformed input. */
    public static final int INPUT = 3;
    /** Key or signing failure. */
    public static final int KEY = 4;
    /** Internal error: a bug. */
    public static final int INTERNAL = 70;

    /** The table printed at the end of {@code badge --help}. */
    static final String HELP_TABLE = String.join("%n",
            "Exit codes:",
            "  0   success; all badges valid; every row issued",
            "  1   verification found an invalid badge, or a batch rejected rows",
            "  2   usage error",
            "  3   unreadable or malformed input",
            "  4   key or signing failure",
            "  70  internal error (rerun with --stacktrace and report it)");

    private ExitCode() {}
}
