package org.badgekit.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.badgekit.BadgeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeyFilesTest {
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path dir;

    static Stream<Arguments> typesAndFormats() {
        return Stream.of(KeyType.values()).flatMap(type -> Stream.of(
                Arguments.of(type, KeyFormat.JWK, false), Arguments.of(type, KeyFormat.PEM, false), Arguments.of(type, KeyFormat.PEM, true)));
    }

    @ParameterizedTest(name = "{0} {1} encrypted={2}")
    @MethodSource("typesAndFormats")
    void privateKeyFilesRoundTripAndAreOwnerOnly(KeyType type, KeyFormat format, boolean encrypted) throws Exception {
        IssuerKey key = IssuerKey.generate(type, 2048);
        Path file = dir.resolve("key." + format.name().toLowerCase());
        KeyFiles.write(key, file, format, encrypted ? PASSPHRASE : null, false);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (format == KeyFormat.PEM) {
            assertThat(text).startsWith(encrypted ? "-----BEGIN ENCRYPTED PRIVATE KEY-----" : "-----BEGIN PRIVATE KEY-----");
        } else {
            assertThat(text).contains("\"d\"");
        }
        IssuerKey read = KeyFiles.read(file, encrypted ? PASSPHRASE : null);
        assertThat(read.type()).isEqualTo(type);
        assertThat(read.hasPrivateKey()).isTrue();
        assertThat(read.thumbprint()).isEqualTo(key.thumbprint());
        assertThat(read.privateJwk()).isEqualTo(key.privateJwk());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("typesAndFormats")
    void publicKeyFilesRoundTrip(KeyType type, KeyFormat format, boolean encrypted) throws Exception {
        if (encrypted) {
            return;
        }
        IssuerKey key = IssuerKey.generate(type, 2048).publicOnly();
        Path file = dir.resolve("public." + format.name().toLowerCase());
        KeyFiles.write(key, file, format, null, false);
        if (format == KeyFormat.PEM) {
            assertThat(Files.readString(file)).startsWith("-----BEGIN PUBLIC KEY-----");
        }
        IssuerKey read = KeyFiles.read(file, null);
        assertThat(read.hasPrivateKey()).isFalse();
        assertThat(read.samePublicKey(key)).isTrue();
    }

    @Test
    void aWrongPassphraseIsAKeyErrorNamingTheFile() throws Exception {
        Path file = dir.resolve("enc.pem");
        KeyFiles.write(IssuerKey.generate(KeyType.ED25519, 0), file, KeyFormat.PEM, PASSPHRASE, false);
        assertThatThrownBy(() -> KeyFiles.read(file, "not it".toCharArray()))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.code()).isEqualTo(BadgeException.Code.KEY_ERROR))
                .hasMessage("wrong passphrase for " + file);
        assertThatThrownBy(() -> KeyFiles.read(file, null)).hasMessageContaining("a passphrase is required");
    }

    @Test
    void neverOverwritesAnExistingFileUnlessTold() throws Exception {
        Path file = dir.resolve("key.jwk");
        IssuerKey first = IssuerKey.generate(KeyType.ED25519, 0);
        KeyFiles.write(first, file, KeyFormat.JWK, null, false);
        assertThatThrownBy(() -> KeyFiles.write(IssuerKey.generate(KeyType.ED25519, 0), file, KeyFormat.JWK, null, false))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.code()).isEqualTo(BadgeException.Code.ALREADY_EXISTS))
                .hasMessageContaining("already exists");
        assertThat(KeyFiles.read(file, null).thumbprint()).isEqualTo(first.thumbprint());

        IssuerKey second = IssuerKey.generate(KeyType.ED25519, 0);
        KeyFiles.write(second, file, KeyFormat.JWK, null, true);
        assertThat(KeyFiles.read(file, null).thumbprint()).isEqualTo(second.thumbprint());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void jwkFilesCannotBePassphraseEncrypted() {
        assertThatThrownBy(() -> KeyFiles.write(IssuerKey.generate(KeyType.ED25519, 0), dir.resolve("k.jwk"), KeyFormat.JWK,
                PASSPHRASE, false)).hasMessageContaining("needs the pem format");
    }

    @Test
    void readsAPkcs8FileThatCarriesTheEd25519PublicKeyToo() throws Exception {
        // RFC 8410 section 10.3: a OneAsymmetricKey (v2) with the public key attached
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + "MHICAQEwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC\n"
                + "oB8wHQYKKoZIhvcNAQkJFDEPDA1DdXJkbGUgQ2hhaXJzgSEAGb9ECWmEzf6FQbrB\n"
                + "Z9w7lshQhqowtrbLDFw4rXAxZuE=\n"
                + "-----END PRIVATE KEY-----\n";
        IssuerKey key = KeyFiles.parse("rfc8410.pem", pem, null);
        assertThat(key.type()).isEqualTo(KeyType.ED25519);
        assertThat(key.publicJwk().get("x").asText()).isEqualTo("Gb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE");
    }

    @Test
    void malformedKeyFilesNameTheFileAndNeverEchoTheContent() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"d\":\"SECRETSECRET\"");
        assertThatThrownBy(() -> KeyFiles.read(file, null)).hasMessageContaining(file.toString())
                .hasMessageNotContaining("SECRETSECRET");
        assertThatThrownBy(() -> KeyFiles.read(dir.resolve("missing.pem"), null))
                .isInstanceOfSatisfying(BadgeException.class, e -> assertThat(e.code()).isEqualTo(BadgeException.Code.NOT_FOUND));
    }
}
