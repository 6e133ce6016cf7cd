package org.badgekit.issue.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.badgekit.issue.EmailAddresses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BatchPartsTest {

    @ParameterizedTest
    @ValueSource(strings = {"anna@example.org", "anna.aijala+pilot@koulu.example.fi", "liga.berzina@example.lv",
            "jüri.põld@example.ee", "o'neil@sub.example.co.uk"})
    void acceptsOrdinaryAddresses(String address) {
        assertThat(EmailAddresses.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna@@example.org", "anna", "@example.org", "anna@example", "anna@.example.org",
            "anna..b@example.org", "anna@example.org.", "anna b@example.org", "anna@exa_mple.org", "anna@example.o"})
    void refusesAddressesWithTypos(String address) {
        assertThat(EmailAddresses.isValid(address)).isFalse();
    }

    @Test
    void credentialIdsAreStableNameBasedUuidsThatDependOnEveryPart() {
        String id = CredentialIds.of("did:web:example.org", "pilot", "learning-ambassador", "ref:FI-2026-001");

        assertThat(id).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(CredentialIds.of("did:web:example.org", "pilot", "learning-ambassador", "ref:FI-2026-001")).isEqualTo(id);
        assertThat(CredentialIds.of("did:web:example.com", "pilot", "learning-ambassador", "ref:FI-2026-001")).isNotEqualTo(id);
        assertThat(CredentialIds.of("did:web:example.org", "pilot2", "learning-ambassador", "ref:FI-2026-001")).isNotEqualTo(id);
        assertThat(CredentialIds.of("did:web:example.org", "pilot", "workplace-instructor", "ref:FI-2026-001")).isNotEqualTo(id);
        assertThat(CredentialIds.of("did:web:example.org", "pilot", "learning-ambassador", "ref:FI-2026-002")).isNotEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Anna Äijälä|anna-aijala",
            "Bērziņa, Līga|berzina-liga",
            "Mart Põld|mart-pold",
            "../../etc/passwd|etc-passwd",
            "Jan van der Berg / NL|jan-van-der-berg-nl",
            "Søren Straße|soren-strasse",
            "王小明|fallback"})
    void foldsNamesToSafeAsciiStems(String name, String stem) {
        assertThat(SafeFileNames.fold(name, "fallback")).isEqualTo(stem);
    }

    @Test
    void capsStemLengthAndDeduplicatesCaseInsensitively() {
        assertThat(SafeFileNames.fold("x".repeat(300), "f")).hasSize(SafeFileNames.MAX_LENGTH);
        SafeFileNames names = new SafeFileNames();
        assertThat(names.unique("anna")).isEqualTo("anna");
        assertThat(names.unique("Anna")).isEqualTo("Anna-2");
        assertThat(names.unique("anna")).isEqualTo("anna-3");
    }

    @ParameterizedTest
    @CsvSource({
            "2026-05-31, false, 2026-05-31T00:00:00Z",
            "2026-05-31, true, 2026-05-31T23:59:59Z",
            "2026-05-31T12:30:00Z, false, 2026-05-31T12:30:00Z",
            "2026-05-31T12:30:00+03:00, false, 2026-05-31T09:30:00Z",
            "2026-05-31 12:30, false, 2026-05-31T12:30:00Z"})
    void readsIsoDatesAndDateTimes(String text, boolean endOfDay, String expected) {
        assertThat(RowParser.parseInstant(text, endOfDay)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.5.2026", "2026-02-30", "yesterday", "2026/05/31"})
    void refusesOtherDateForms(String text) {
        assertThat(RowParser.parseInstant(text, false)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "email,name,badge|,",
            "email;name;badge|;",
            "\"Last, First\";email;badge|;",
            "email|,"})
    void detectsTheDelimiterFromTheHeaderLine(String header, char expected) {
        assertThat(CsvRowSource.detectDelimiter(header)).isEqualTo(expected);
    }
}
