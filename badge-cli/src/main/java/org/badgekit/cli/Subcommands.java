package org.badgekit.cli;

import java.util.List;
import java.util.Set;

/**
 * The top-level subcommands by name, and which of them a command line needs. Picocli builds a command's model by reflection
 * when the command is added (its options, its help mixin, its nested subcommands), and that is most of the CLI's start-up
 * time; {@code badge verify x.png} only ever uses {@code verify}'s model, so {@link #needed} names just that one. Anything
 * the selection cannot be sure about (help, no command, an unknown word, an {@code @file} argument file, an unknown option)
 * gets every command, so usage, help and "did you mean" suggestions stay exactly as they were.
 */
final class Subcommands {
    /** Every top-level subcommand name, in the order {@code badge --help} lists them. */
    static final List<String> NAMES = List.of("init", "issue", "batch", "keys", "criteria", "bake", "extract", "verify",
            "revoke", "unsuspend", "status", "publish", "serve", "api-serve");

    /** Root options that take no value. */
    private static final Set<String> ROOT_FLAGS = Set.of("--stacktrace");
    /** Root options that take a value, given as the next argument unless written {@code --option=value}. */
    private static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--workspace");
    private static final Set<String> VERSION = Set.of("-V", "--version");

    private Subcommands() {}

    /**
     * A new instance of the named subcommand; the class of any other subcommand is not even loaded.
     *
     * @throws IllegalArgumentException for a name not in {@link #NAMES}
     */
    static Object create(String name) {
        return switch (name) {
            case "init" -> new InitCommand();
            case "issue" -> new IssueCommand();
            case "batch" -> new BatchCommand();
            case "keys" -> new KeysCommand();
            case "criteria" -> new CriteriaCommand();
            case "bake" -> new BakeCommand();
            case "extract" -> new ExtractCommand();
            case "verify" -> new VerifyCommand();
            case "revoke" -> new RevokeCommand();
            case "unsuspend" -> new UnsuspendCommand();
            case "status" -> new StatusCommand();
            case "publish" -> new PublishCommand();
            case "serve" -> new ServeCommand();
            case "api-serve" -> new ApiServeCommand();
            default -> throw new IllegalArgumentException("'" + name + "' is not a badge subcommand, expected one of " + NAMES);
        };
    }

    /**
     * The subcommands that parsing and running {@code args} can reach: the one named after the root options, none for a
     * plain {@code --version}, and every one otherwise.
     */
    static List<String> needed(String... args) {
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            if (ROOT_FLAGS.contains(arg) || equals > 0 && ROOT_OPTIONS_WITH_VALUE.contains(arg.substring(0, equals))) {
                continue;
            }
            if (ROOT_OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
                continue;
            }
            if (VERSION.contains(arg)) {
                version = true;
                continue;
            }
            // the first word that is not a root option decides; "help" walks the whole tree, so it gets every command
            return NAMES.contains(arg) ? List.of(arg) : NAMES;
        }
        return version ? List.of() : NAMES;
    }
}
