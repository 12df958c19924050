package kmsecrets.adapter.ssh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.domain.error.InvalidValue;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.AccountPassword;
import kmsecrets.domain.secret.AccountSpec;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.SshKeyPair;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Host logins over SSH (engine {@code ssh}): the administrator (root, or a user allowed {@code sudo -n}) logs in
 * with its private key and sets a user's password with {@code chpasswd}, or adds a key pair to the user's
 * {@code authorized_keys} and removes the one it replaces. A login as the user with the credential is the proof.
 * New key pairs are RSA-3072, written in OpenSSH form. Every connection checks the host's key against the one
 * pinned at registration: the administrator secret is {@code host-key <public key line>} on its first line,
 * then the administrator's private key ({@link #adminSecret}); a host presenting another key is refused, never
 * trusted.
 */
public final class SshLogins implements CredentialRotator {
    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Duration COMMAND = Duration.ofSeconds(30);
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");
    /**
     * Keeps the user's authorized_keys: reads the new line and the one to remove from standard input, adds the new
     * one once, removes the old one. Exit 3: no such user.
     */
    private static final String KEYS_SCRIPT = String.join("\n",
            "set -e",
            "u=\"$1\"",
            "home=$(getent passwd \"$u\" | cut -d: -f6)",
            "[ -n \"$home\" ] || exit 3",
            "g=$(id -gn \"$u\")",
            "IFS= read -r new",
            "IFS= read -r old || true",
            "mkdir -p \"$home/.ssh\"",
            "chown \"$u:$g\" \"$home/.ssh\"",
            "chmod 700 \"$home/.ssh\"",
            "f=\"$home/.ssh/authorized_keys\"",
            "touch \"$f\"",
            "grep -qxF \"$new\" \"$f\" || printf '%s\\n' \"$new\" >> \"$f\"",
            "if [ -n \"$old\" ] && [ \"$old\" != \"$new\" ]; then",
            "  grep -vxF \"$old\" \"$f\" > \"$f.kms\" || true",
            "  cat \"$f.kms\" > \"$f\"",
            "  rm -f \"$f.kms\"",
            "fi",
            "chown \"$u:$g\" \"$f\"",
            "chmod 600 \"$f\"");

    private static final String HOST_KEY_LINE = "host-key ";
    /**
     * The host check of one connection, handed to the verifier in the connection's context. It is kept here, not
     * in session attributes, because a session that fails its key exchange is closed, and closing clears those.
     */
    private static final AttributeRepository.AttributeKey<HostCheck> CHECK = new AttributeRepository.AttributeKey<>();

    /** The pinned key of a connection and what the host presented: unknown until the key exchange. */
    private static final class HostCheck {
        final PublicKey pinned;
        volatile Boolean matched;

        HostCheck(PublicKey pinned) {
            this.pinned = pinned;
        }
    }

    /** A session with the host check of its connection. */
    private record Connection(ClientSession session, HostCheck check) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            session.close();
        }
    }

    private final SshClient client;
    private final SecureRandom random;

    public SshLogins(SecureRandom random) {
        this.random = random;
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, address, presented) -> {
            AttributeRepository context = session.getConnectionContext();
            HostCheck check = context == null ? null : context.getAttribute(CHECK);
            boolean same = check != null && KeyUtils.compareKeys(check.pinned, presented);
            if (check != null) {
                check.matched = same;
            }
            return same;
        });
        client.start();
    }

    /** The administrator secret of a host: its pinned host key line, then the administrator's private key. */
    public static String adminSecret(String hostKeyLine, String adminPrivateKey) {
        String line = hostKeyLine.strip();
        PublicKeyEntry.parsePublicKeyEntry(line);
        return HOST_KEY_LINE + line + "\n" + adminPrivateKey;
    }

    @Override
    public String engine() {
        return "ssh";
    }

    @Override
    public Set<Class<? extends Credential>> credentialKinds() {
        return Set.of(AccountPassword.class, SshKeyPair.class);
    }

    /** Logins exist before their secret: ECS secrets import them. */
    @Override
    public boolean createsAccounts() {
        return false;
    }

    @Override
    public Credential next(Target target, String account, Class<? extends Credential> kind,
                           Supplier<String> passwords) {
        if (kind == AccountPassword.class) {
            return new AccountPassword(account, passwords.get());
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, random);
            KeyPair pair = generator.generateKeyPair();
            ByteArrayOutputStream pem = new ByteArrayOutputStream();
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "kmsecrets", null, pem);
            return new SshKeyPair(account, PublicKeyEntry.toString(pair.getPublic()) + " kmsecrets",
                    pem.toString(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("RSA key generation is part of every JDK", e);
        }
    }

    @Override
    public void checkAdministrator(Target target) {
        try (ClientSession ignored = admin(target)) {
            // the login is the check
        } catch (IOException e) {
            throw failure(target, "logging in as the administrator", e);
        }
    }

    /**
     * The user exists and the credential logs in: whoever imports a login proves they hold it (otherwise a rotation
     * would hand them a fresh credential of any user on the host, root included).
     */
    @Override
    public void requireAccount(Target target, Credential credential) {
        String user = user(credential);
        if (run(target, "id -u " + user, "") != 0) {
            throw new InvalidValue("SecretData", "the user " + user + " does not exist on the host "
                    + target.instance().id());
        }
        if (tryLogin(target, credential) != Login.ACCEPTED) {
            throw new InvalidValue("SecretData", "the credential does not log in as " + user + " on the host "
                    + target.instance().id());
        }
    }

    @Override
    public void create(Target target, Credential credential, AccountSpec spec) {
        throw new UnsupportedOperationException("host logins are imported, never created by the service");
    }

    @Override
    public void remove(Target target, Credential credential) {
        throw new UnsupportedOperationException("host logins are imported, never created by the service");
    }

    @Override
    public void apply(Target target, Credential next, Optional<Credential> replaced) {
        String user = user(next);
        int status;
        if (next instanceof AccountPassword password) {
            if (run(target, "id -u " + user, "") != 0) {
                throw new TargetFailure("the user " + user + " no longer exists on " + target.instance().id());
            }
            status = run(target, privileged(target, "chpasswd"), user + ":" + password.password() + "\n");
        } else {
            SshKeyPair pair = (SshKeyPair) next;
            String old = replaced.filter(SshKeyPair.class::isInstance).map(c -> ((SshKeyPair) c).publicKey())
                    .orElse("");
            status = run(target, privileged(target, "sh -c '" + KEYS_SCRIPT.replace("'", "'\\''") + "' kms " + user),
                    pair.publicKey() + "\n" + old + "\n");
        }
        if (status == 3) {
            throw new TargetFailure("the user " + user + " no longer exists on " + target.instance().id());
        }
        if (status != 0) {
            throw new TargetFailure("host " + target.instance().id() + " refused the change (exit status " + status
                    + ")");
        }
    }

    @Override
    public Login tryLogin(Target target, Credential credential) {
        try (Connection connection = connect(target, user(credential))) {
            ClientSession session = connection.session();
            if (credential instanceof AccountPassword password) {
                session.addPasswordIdentity(password.password());
            } else {
                session.addPublicKeyIdentity(keyPair(((SshKeyPair) credential).privateKey()));
            }
            AuthFuture auth = session.auth();
            if (!auth.await(CONNECT)) {
                throw new TargetFailure("host " + target.instance().id() + " did not answer a login in time", true);
            }
            requireHostKeyMet(target, connection.check());
            return auth.isSuccess() ? Login.ACCEPTED : Login.REJECTED;
        } catch (IOException e) {
            throw failure(target, "logging in", e);
        }
    }

    /** A session not yet authenticated; a host that cannot be reached is an unreachable failure. */
    private Connection connect(Target target, String user) {
        DatabaseInstance host = target.instance();
        HostCheck check = new HostCheck(pinnedHostKey(target));
        try {
            return new Connection(client.connect(user, host.host(), host.port(),
                    AttributeRepository.ofKeyValuePair(CHECK, check), null).verify(CONNECT).getSession(), check);
        } catch (IOException e) {
            throw new TargetFailure("host " + host.id() + " cannot be reached (" + e.getClass().getSimpleName() + ")",
                    true);
        }
    }

    /**
     * After a login attempt: a host that presented another key than the pinned one is refused, whatever else
     * happened; one that closed the connection before showing its key has not answered (a failed login there says
     * nothing about the credential).
     */
    private static void requireHostKeyMet(Target target, HostCheck check) {
        if (Boolean.FALSE.equals(check.matched)) {
            throw new TargetFailure("host " + target.instance().id() + " presented another host key than the one "
                    + "registered; nothing was sent to it");
        }
        if (!Boolean.TRUE.equals(check.matched)) {
            throw new TargetFailure("host " + target.instance().id() + " closed the connection before its key was "
                    + "checked", true);
        }
    }

    private static PublicKey pinnedHostKey(Target target) {
        String first = target.adminSecret().asText().lines().findFirst().orElse("");
        if (!first.startsWith(HOST_KEY_LINE)) {
            throw new TargetFailure("host " + target.instance().id() + " has no pinned host key; register it again "
                    + "with --host-key-file");
        }
        try {
            return PublicKeyEntry.parsePublicKeyEntry(first.substring(HOST_KEY_LINE.length()).strip())
                    .resolvePublicKey(null, java.util.Map.of(), null);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new TargetFailure("the pinned host key of " + target.instance().id() + " cannot be read");
        }
    }

    private static String adminPrivateKey(Target target) {
        String text = target.adminSecret().asText();
        int newline = text.indexOf('\n');
        return text.startsWith(HOST_KEY_LINE) && newline > 0 ? text.substring(newline + 1) : text;
    }

    private ClientSession admin(Target target) throws IOException {
        KeyPair adminKey;
        try {
            adminKey = keyPair(adminPrivateKey(target));
        } catch (InvalidValue e) {
            throw new TargetFailure("the administrator key of host " + target.instance().id() + " cannot be read");
        }
        Connection connection = connect(target, target.instance().adminUser());
        ClientSession session = connection.session();
        try {
            session.addPublicKeyIdentity(adminKey);
            AuthFuture auth = session.auth();
            auth.await(CONNECT);
            requireHostKeyMet(target, connection.check());
            auth.verify(CONNECT);
            return session;
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** Runs a command as the administrator with {@code input} on its standard input; its exit status. */
    private int run(Target target, String command, String input) {
        try (ClientSession session = admin(target);
             ChannelExec channel = session.createExecChannel(command)) {
            channel.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            channel.setOut(new ByteArrayOutputStream());
            channel.setErr(new ByteArrayOutputStream());
            channel.open().verify(CONNECT);
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), COMMAND);
            Integer status = channel.getExitStatus();
            if (status == null) {
                throw new TargetFailure("host " + target.instance().id() + " did not finish a command in time");
            }
            return status;
        } catch (IOException e) {
            throw failure(target, "running a command as the administrator", e);
        }
    }

    private static String privileged(Target target, String command) {
        return target.instance().adminUser().equals("root") ? command : "sudo -n " + command;
    }

    private static String user(Credential credential) {
        if (!USER.matcher(credential.account()).matches()) {
            throw new InvalidValue("SecretData", "UserName is not a well-formed Linux user name");
        }
        if (!(credential instanceof AccountPassword) && !(credential instanceof SshKeyPair)) {
            throw new IllegalArgumentException("host logins are passwords or key pairs");
        }
        return credential.account();
    }

    private static KeyPair keyPair(String pem) {
        try {
            Iterable<KeyPair> loaded = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName("key"),
                    new ByteArrayInputStream(pem.getBytes(StandardCharsets.UTF_8)), null);
            Iterator<KeyPair> pairs = loaded == null ? java.util.Collections.emptyIterator() : loaded.iterator();
            if (!pairs.hasNext()) {
                throw new InvalidValue("SecretData", "the private key is not a key pair");
            }
            return pairs.next();
        } catch (IOException | GeneralSecurityException e) {
            throw new InvalidValue("SecretData", "the private key cannot be read (" + e.getClass().getSimpleName()
                    + ")");
        } catch (UncheckedIOException e) {
            throw new InvalidValue("SecretData", "the private key cannot be read");
        }
    }

    /** The exception's kind only: a message could quote a command line. */
    private static TargetFailure failure(Target target, String doing, IOException e) {
        return new TargetFailure("host " + target.instance().id() + " failed while " + doing + " ("
                + e.getClass().getSimpleName() + ")");
    }
}
