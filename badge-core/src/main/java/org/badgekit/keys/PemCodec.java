package org.badgekit.keys;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.badgekit.BadgeException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemObjectGenerator;

/**
 * PEM reading and writing: SPKI {@code PUBLIC KEY}, PKCS#8 {@code PRIVATE KEY}, and {@code ENCRYPTED PRIVATE KEY} (PBES2:
 * PBKDF2-HMAC-SHA256 + AES-256-CBC) through Bouncy Castle's PKIX classes.
 */
final class PemCodec {
    /** PBKDF2 iterations for new encrypted files (OWASP 2023 guidance for PBKDF2-HMAC-SHA256 is 600,000). */
    static final int PBKDF2_ITERATIONS = 600_000;

    private PemCodec() {}

    /**
     * One Bouncy Castle provider instance, handed to the PKCS#8 encryptor and decryptor directly (the JDK has no
     * {@code AES/CBC/PKCS7Padding}); it is never registered globally. Created on first use.
     */
    private static final class BouncyCastle {
        static final java.security.Provider PROVIDER = new org.bouncycastle.jce.provider.BouncyCastleProvider();
    }

    static String writePublic(IssuerKey key) throws BadgeException {
        return write(new PemObject("PUBLIC KEY", key.publicKey().getEncoded()));
    }

    static String writePrivate(IssuerKey key, char[] passphrase) throws BadgeException {
        PrivateKey privateKey = key.privateKey().orElseThrow(() -> new BadgeException(BadgeException.Code.KEY_ERROR,
                "key " + key.thumbprint() + " has no private part to write"));
        try {
            OutputEncryptor encryptor = null;
            if (passphrase != null) {
                encryptor = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                        .setPRF(JcaPKCS8Generator.PRF_HMACSHA256)
                        .setIterationCount(PBKDF2_ITERATIONS)
                        .setRandom(new SecureRandom())
                        .setPassword(passphrase)
                        .setProvider(BouncyCastle.PROVIDER)
                        .build();
            }
            return write(new JcaPKCS8Generator(privateKey, encryptor).generate());
        } catch (OperatorCreationException | IOException e) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "cannot encode the private key as PKCS#8: " + e.getMessage(), e);
        }
    }

    private static String write(PemObjectGenerator pem) throws BadgeException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(pem);
        } catch (IOException e) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "cannot write PEM: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * Reads the first key in a PEM text.
     *
     * @param source names the file in messages
     * @param passphrase for an encrypted private key; may be null otherwise
     */
    static IssuerKey read(String source, String pem, char[] passphrase) throws BadgeException {
        Object object;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            object = parser.readObject();
        } catch (IOException | IllegalArgumentException e) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, source + ": malformed PEM: " + e.getMessage(), source, e);
        }
        try {
            if (object instanceof SubjectPublicKeyInfo) {
                return IssuerKey.ofPublic(publicKey((SubjectPublicKeyInfo) object));
            }
            if (object instanceof X509CertificateHolder) {
                return IssuerKey.ofPublic(publicKey(((X509CertificateHolder) object).getSubjectPublicKeyInfo()));
            }
            if (object instanceof PrivateKeyInfo) {
                return privateKey((PrivateKeyInfo) object);
            }
            if (object instanceof PEMKeyPair) {
                return privateKey(((PEMKeyPair) object).getPrivateKeyInfo());
            }
            if (object instanceof PKCS8EncryptedPrivateKeyInfo) {
                if (passphrase == null) {
                    throw new BadgeException(BadgeException.Code.KEY_ERROR,
                            source + " holds an encrypted private key; a passphrase is required", source, null);
                }
                return privateKey(decrypt(source, (PKCS8EncryptedPrivateKeyInfo) object, passphrase));
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, source + ": unusable key: " + e.getMessage(), source, e);
        }
        throw new BadgeException(BadgeException.Code.KEY_ERROR, source + ": no PUBLIC KEY, PRIVATE KEY or ENCRYPTED PRIVATE KEY "
                + "PEM block found", source, null);
    }

    private static PrivateKeyInfo decrypt(String source, PKCS8EncryptedPrivateKeyInfo encrypted, char[] passphrase)
            throws BadgeException {
        try {
            return encrypted.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build(passphrase));
        } catch (PKCSException | IllegalArgumentException e) {
            // a wrong passphrase shows up as bad padding or as garbage that does not parse
            throw new BadgeException(BadgeException.Code.KEY_ERROR, "wrong passphrase for " + source, source, e);
        } catch (OperatorCreationException e) {
            throw new BadgeException(BadgeException.Code.KEY_ERROR, source + ": unsupported key encryption: " + e.getMessage(),
                    source, e);
        }
    }

    private static PublicKey publicKey(SubjectPublicKeyInfo info) throws GeneralSecurityException, IOException {
        return KeyFactory.getInstance(jcaName(info.getAlgorithm().getAlgorithm()))
                .generatePublic(new X509EncodedKeySpec(info.getEncoded()));
    }

    private static IssuerKey privateKey(PrivateKeyInfo info) throws GeneralSecurityException, IOException, BadgeException {
        ASN1ObjectIdentifier oid = info.getPrivateKeyAlgorithm().getAlgorithm();
        String name = jcaName(oid);
        if (name.equals("Ed25519")) {
            byte[] seed = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
            try {
                return IssuerKey.create(KeyType.ED25519, KeyEncodings.ed25519PublicFromSeed(seed), KeyEncodings.ed25519Private(seed));
            } finally {
                Arrays.fill(seed, (byte) 0);
            }
        }
        PrivateKey privateKey = KeyFactory.getInstance(name).generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
        if (privateKey instanceof RSAPrivateCrtKey) {
            RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) privateKey;
            PublicKey publicKey = KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            return IssuerKey.create(KeyType.RSA, publicKey, privateKey);
        }
        if (privateKey instanceof ECPrivateKey && IssuerKey.typeOf(privateKey) == KeyType.P256) {
            return IssuerKey.create(KeyType.P256, KeyEncodings.ecPublicFromPrivate((ECPrivateKey) privateKey), privateKey);
        }
        throw new BadgeException(BadgeException.Code.UNSUPPORTED, "private key " + privateKey.getAlgorithm()
                + " is not supported; expected Ed25519, RSA (with CRT parameters) or EC P-256");
    }

    private static String jcaName(ASN1ObjectIdentifier oid) throws GeneralSecurityException {
        if (oid.equals(PKCSObjectIdentifiers.rsaEncryption)) {
            return "RSA";
        }
        if (oid.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            return "EC";
        }
        if (oid.equals(EdECObjectIdentifiers.id_Ed25519)) {
            return "Ed25519";
        }
        throw new GeneralSecurityException("key algorithm OID " + oid + " is not Ed25519, RSA or EC");
    }
}
