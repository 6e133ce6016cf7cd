package org.badgekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionScriptTest {
    @TempDir
    Path dir;

    @Test
    void theScriptCompletesEverySubcommandAndItsOptions() throws Exception {
        Path file = dir.resolve("sub/badge_completion");
        CompletionScript.main(new String[] {file.toString()});

        String script = Files.readString(file);
        assertThat(script).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_badge -o default badge");
        BadgeCommand.newCommandLine().getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                assertThat(script).as(name).contains(name);
            }
        });
        assertThat(script).contains("--stacktrace").contains("--out");
    }
}
