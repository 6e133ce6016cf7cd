package org.badgekit.revoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusLogTest {
    private static final Instant AT = Instant.parse("2026-11-03T10:00:00Z");

    @TempDir
    Path state;

    @Test
    void eventsRoundTripThroughTheLogInOrder() throws Exception {
        StatusLog log = StatusLog.in(state);
        StatusEvent revoked = new StatusEvent(AT, "urn:uuid:1", StatusChange.REVOKED, "left \"the\" course",
                "https://x.example/status/revocation-1.json", 42);
        StatusEvent ob2 = new StatusEvent(AT.plusSeconds(60), "https://x.example/assertions/2.json", StatusChange.REVOKED, null,
                "https://x.example/revocations.json", null);
        log.append(revoked);
        log.append(ob2);

        assertThat(log.read()).containsExactly(revoked, ob2);
        assertThat(log.lastChange()).hasValue(AT.plusSeconds(60));
        assertThat(StatusLog.in(state.resolve("empty")).lastChange()).isEmpty();
    }

    @Test
    void aLineTornByACrashIsIgnoredAndCutByTheNextAppend() throws Exception {
        StatusLog log = StatusLog.in(state);
        StatusEvent first = new StatusEvent(AT, "urn:uuid:1", StatusChange.SUSPENDED, null, "https://x.example/s-1.json", 1);
        log.append(first);
        Files.writeString(log.file(), "{\"at\":\"2026-11-03T1", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThat(log.read()).containsExactly(first);
        StatusEvent second = new StatusEvent(AT, "urn:uuid:1", StatusChange.UNSUSPENDED, null, "https://x.example/s-1.json", 1);
        log.append(second);
        assertThat(log.read()).containsExactly(first, second);
    }

    @Test
    void aDamagedLineIsReportedWithItsLineNumber() throws Exception {
        StatusLog log = StatusLog.in(state);
        log.append(new StatusEvent(AT, "urn:uuid:1", StatusChange.REVOKED, null, "https://x.example/s-1.json", 1));
        Files.writeString(log.file(), "{\"at\":\"yesterday\",\"id\":\"x\",\"change\":\"revoked\",\"list\":\"u\"}\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThatThrownBy(log::read).isInstanceOfSatisfying(BadgeException.class,
                e -> assertThat(e.code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT))
                .hasMessage("status-log.jsonl:2: status log entry: member 'at' is not an ISO-8601 instant");
    }
}
