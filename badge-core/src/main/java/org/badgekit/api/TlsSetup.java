package org.badgekit.api;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.badgekit.BadgeException;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The server's TLS identity: a fresh self-signed certificate (EC P-256, valid 30 days, for {@code localhost}, 127.0.0.1,
 * ::1 and the bind host) or a PKCS#12 key store.
 *
 * @param context the SSL context to serve with
 * @param certificate the server certificate
 */
public record TlsSetup(SSLContext context, X509Certificate certificate) {
    private static final char[] EPHEMERAL = "ephemeral".toCharArray();

    /** Checks that context and certificate are given. */
    public TlsSetup {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(certificate, "certificate");
    }

    /**
     * Generates a self-signed certificate for {@code hosts} (names or IP addresses) and an SSL context serving it.
     *
     * @throws BadgeException {@code SIGNING_FAILED} when the certificate cannot be made
     */
    public static TlsSetup selfSigned(List<String> hosts, Clock clock, SecureRandom random) throws BadgeException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"), random);
            KeyPair pair = generator.generateKeyPair();
            Instant now = clock.instant();
            X500Name subject = new X500Name("CN=badgekit api (self-signed)");
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, random).abs()
                    .add(BigInteger.ONE), Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(30))),
                    subject, pair.getPublic());
            GeneralName[] names = hosts.stream().distinct().map(TlsSetup::generalName).toArray(GeneralName[]::new);
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", pair.getPrivate(), EPHEMERAL, new Certificate[] {certificate});
            return new TlsSetup(context(store, EPHEMERAL, random), certificate);
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new BadgeException(BadgeException.Code.SIGNING_FAILED, "cannot make a self-signed certificate: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.INTERNAL, "cannot create an empty key store: " + e.getMessage(), e);
        }
    }

    /**
     * Loads the first key entry of a PKCS#12 key store.
     *
     * @throws BadgeException {@code NOT_FOUND} for a missing file; {@code KEY_ERROR} when it cannot be opened with the
     *     password or holds no key entry
     */
    public static TlsSetup pkcs12(Path file, char[] password, SecureRandom random) throws BadgeException {
        if (!Files.isRegularFile(file)) {
            throw new BadgeException(BadgeException.Code.NOT_FOUND, "key store " + file + " does not exist", file.toString(), null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : java.util.Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate certificate) {
                    return new TlsSetup(context(store, password, random), certificate);
                }
            }
            throw new BadgeException(BadgeException.Code.KEY_ERROR, file + ": holds no private key with a certificate",
                    file.toString(), null);
        } catch (IOException | GeneralSecurityException e) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, file + ": cannot open the PKCS#12 key store (wrong password?): "
                    + e.getMessage(), file.toString(), e);
        }
    }

    private static SSLContext context(KeyStore store, char[] password, SecureRandom random) throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, random);
        return context;
    }

    private static GeneralName generalName(String host) {
        boolean ip = host.matches("[0-9.]+") || host.contains(":");
        return new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, host);
    }

    /** The certificate's SHA-256 fingerprint, upper-case hex pairs joined by colons (as browsers and openssl show it). */
    public String sha256Fingerprint() throws BadgeException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest).toUpperCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new BadgeException(BadgeException.Code.INTERNAL, "cannot hash the certificate: " + e.getMessage(), e);
        }
    }
}
