package kmsecrets.adapter.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private OpenSSH server for the tests: the machine's {@code /usr/sbin/sshd} (Debian: openssh-server) run as root
 * on a free loopback port with a configuration, host key and administrator key of its own in a temporary folder,
 * and throwaway users made with {@code useradd}. {@link #close} stops it and removes the users and the folder.
 */
public final class PrivateSshd implements AutoCloseable {
    public final int port;
    public final Path folder;
    /** The administrator (root) private key, in OpenSSH form. */
    public final String adminKey;
    /** The server's host key, as the line of its {@code .pub} file. */
    public final String hostKey;
    private final Process process;
    private final List<String> users = new ArrayList<>();
    private final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 6);

    private PrivateSshd() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/sbin/sshd"))) {
            throw new IllegalStateException("the ECS tests need OpenSSH's server: apt-get install openssh-server");
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("the ECS tests run sshd and useradd, which need root");
        }
        folder = kmsecrets.testing.TestRun.temporaryFolder("sshd");
        Files.createDirectories(Path.of("/run/sshd"));
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", folder.resolve("host_key").toString());
        run("ssh-keygen", "-q", "-t", "rsa", "-b", "3072", "-N", "", "-C", "kmsecrets-admin", "-f",
                folder.resolve("admin_key").toString());
        adminKey = Files.readString(folder.resolve("admin_key"));
        hostKey = Files.readString(folder.resolve("host_key.pub")).strip();
        Files.copy(folder.resolve("admin_key.pub"), folder.resolve("authorized_keys_root"));
        port = freePort();
        Files.writeString(folder.resolve("sshd_config"), String.join("\n",
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + folder.resolve("host_key"),
                "PidFile " + folder.resolve("sshd.pid"),
                "AuthorizedKeysFile .ssh/authorized_keys " + folder + "/authorized_keys_%u",
                "PasswordAuthentication yes",
                "KbdInteractiveAuthentication no",
                "PubkeyAuthentication yes",
                "PermitRootLogin prohibit-password",
                "UsePAM no",
                "StrictModes no",
                "MaxStartups 100:30:200",
                "") , StandardCharsets.UTF_8);
        process = new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", folder.resolve("sshd_config").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("sshd.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!listening(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String log = Files.readString(folder.resolve("sshd.log"));
                close();
                throw new IllegalStateException("sshd did not start: " + log);
            }
            Thread.sleep(50);
        }
    }

    public static PrivateSshd start() {
        try {
            return new PrivateSshd();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A new user with a home, a shell and that password; its name is returned. */
    public String user(String password) {
        String name = "kmsu_" + tag + "_" + users.size();
        users.add(name);
        run("useradd", "-m", "-s", "/bin/sh", name);
        runWithInput(name + ":" + password + "\n", "chpasswd");
        return name;
    }

    /** Appends a public key to the user's authorized_keys, as its owner would. */
    public void authorize(String user, String publicKey) {
        run("sh", "-c", "mkdir -p ~" + user + "/.ssh && printf '%s\\n' \"$1\" >> ~" + user
                + "/.ssh/authorized_keys && chown -R " + user + ": ~" + user + "/.ssh", "kms", publicKey);
    }

    /** True when the user logs in with that password (checked with a client of its own). */
    public boolean logsIn(String user, String password) {
        return login(user, session -> session.addPasswordIdentity(password));
    }

    /** True when the user logs in with that private key (OpenSSH or PEM form). */
    public boolean logsInWithKey(String user, String privateKey) {
        return login(user, session -> {
            try {
                for (java.security.KeyPair pair : org.apache.sshd.common.util.security.SecurityUtils
                        .loadKeyPairIdentities(null, org.apache.sshd.common.NamedResource.ofName("k"),
                                new java.io.ByteArrayInputStream(privateKey.getBytes(StandardCharsets.UTF_8)), null)) {
                    session.addPublicKeyIdentity(pair);
                }
            } catch (IOException | java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private boolean login(String user, java.util.function.Consumer<org.apache.sshd.client.session.ClientSession> identity) {
        try (org.apache.sshd.client.SshClient client = org.apache.sshd.client.SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier.INSTANCE);
            client.start();
            try (org.apache.sshd.client.session.ClientSession session = client.connect(user, "127.0.0.1", port)
                    .verify(java.time.Duration.ofSeconds(30)).getSession()) {
                identity.accept(session);
                org.apache.sshd.client.future.AuthFuture auth = session.auth();
                auth.await(java.time.Duration.ofSeconds(30));
                return auth.isSuccess();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new key pair made by ssh-keygen (type rsa or ed25519): {public line, private key}. */
    public String[] keyPair(String type) {
        Path file = folder.resolve("user_key_" + UUID.randomUUID());
        run("ssh-keygen", "-q", "-t", type, "-N", "", "-C", "imported", "-f", file.toString());
        try {
            String[] pair = {Files.readString(Path.of(file + ".pub")).trim(), Files.readString(file)};
            Files.delete(file);
            Files.delete(Path.of(file + ".pub"));
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The user's authorized_keys lines. */
    public List<String> authorizedKeys(String user) {
        try {
            Path file = Path.of("/home", user, ".ssh", "authorized_keys");
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (String user : users) {
            exitStatus("", "userdel", "-r", "-f", user);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void run(String... command) {
        runWithInput("", command);
    }

    private static void runWithInput(String input, String... command) {
        if (exitStatus(input, command) != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static int exitStatus(String input, String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
