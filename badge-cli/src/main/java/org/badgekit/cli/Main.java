package org.badgekit.cli;

/** Entry point of {@code badge}: exits with what the command returns. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(BadgeCommand.newCommandLine(args).execute(args));
    }
}
