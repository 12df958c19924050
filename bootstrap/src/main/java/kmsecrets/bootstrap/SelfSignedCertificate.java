package kmsecrets.bootstrap;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import kmsecrets.adapter.rest.RestServer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTPS identity when none is configured: a self-signed certificate generated on first start and kept in
 * the data folder (keystore and its random password, both 0600). The official caching client accepts any
 * certificate; production deployments configure KMS_TLS_KEYSTORE.
 */
final class SelfSignedCertificate {
    private static final Logger LOG = LoggerFactory.getLogger(SelfSignedCertificate.class);

    private SelfSignedCertificate() {
    }

    static RestServer.Tls loadOrCreate(Path dataDir, SecureRandom random) {
        Path keystore = dataDir.resolve("tls.p12");
        Path passwordFile = dataDir.resolve("tls.p12.password");
        try {
            if (!Files.exists(keystore) || !Files.exists(passwordFile)) {
                create(keystore, passwordFile, random);
            }
            return new RestServer.Tls(keystore, Files.readString(passwordFile, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the TLS keystore in " + dataDir, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot generate a self-signed certificate", e);
        }
    }

    private static void create(Path keystore, Path passwordFile, SecureRandom random)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        Files.createDirectories(keystore.toAbsolutePath().getParent());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, random);
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=kmsecrets");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, random), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))), subject, pair.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        String password = new BigInteger(130, random).toString(32);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("kmsecrets", pair.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
        writePrivate(passwordFile, password.getBytes(StandardCharsets.US_ASCII));
        try (OutputStream out = Files.newOutputStream(createPrivate(keystore))) {
            store.store(out, password.toCharArray());
        }
        LOG.warn("Generated a self-signed TLS certificate at {}; set KMS_TLS_KEYSTORE for production.",
                keystore.toAbsolutePath());
    }

    private static void writePrivate(Path file, byte[] content) throws IOException {
        Files.write(createPrivate(file), content);
    }

    private static Path createPrivate(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(file);
        }
    }
}
