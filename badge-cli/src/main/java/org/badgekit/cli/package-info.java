/**
 * The {@code badge} command line: one small picocli command class per subcommand, exit codes in {@link ExitCode}, results
 * on stdout and progress and warnings on stderr.
 */
package org.badgekit.cli;
