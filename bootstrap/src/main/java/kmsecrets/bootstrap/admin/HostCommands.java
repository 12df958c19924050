package kmsecrets.bootstrap.admin;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import kmsecrets.application.port.in.ListDatabaseInstancesQuery;
import kmsecrets.application.port.in.RegisterDatabaseInstanceCommand;
import kmsecrets.adapter.ssh.SshLogins;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.SecretValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kmsecrets host register|list|remove}: the Linux hosts ECS secrets name, reached over SSH. A host is kept
 * with the database instances (engine {@code ssh}); its administrator's private key is stored encrypted under the
 * master key, as an administrator password is.
 */
@Command(name = "host", description = "Manage the Linux hosts that ECS secrets rotate logins on (over SSH).",
        subcommands = {HostCommands.Register.class, HostCommands.ListHosts.class, HostCommands.Remove.class})
public final class HostCommands {
    static final String ENGINE = "ssh";

    @Command(name = "register", description = "Register a host after logging in as its administrator with the key; "
            + "the private key is stored encrypted under the master key.",
            footer = {"", "Example:", "  kmsecrets host register --id i-web1 --address 10.0.0.7 --port 22 --admin-user root --admin-key-file ~/.ssh/kms_admin --host-key-file ssh_host_ed25519_key.pub"})
    static final class Register extends AdminCommand {
        @Option(names = "--id", required = true, description = "the InstanceId ECS secrets name")
        String id;

        @Option(names = "--address", required = true, description = "host name or IP address")
        String address;

        @Option(names = "--port", defaultValue = "22", description = "SSH port (default ${DEFAULT-VALUE})")
        int port;

        @Option(names = "--admin-user", required = true, description = "root, or a user allowed to run chpasswd and "
                + "sh with sudo -n")
        String adminUser;

        @Option(names = "--admin-key-file", required = true, description = "the administrator's private key "
                + "(OpenSSH or PEM form, not passphrase-protected)")
        Path adminKeyFile;

        @Option(names = "--host-key-file", required = true, description = "the host's public key (a line of "
                + "/etc/ssh/ssh_host_*_key.pub, or of ssh-keyscan's output), fetched over a channel you trust; "
                + "every connection must meet it")
        Path hostKeyFile;

        @Option(names = "--password-length", defaultValue = "32", description = "length of generated login "
                + "passwords, 8 to 128 (default ${DEFAULT-VALUE})")
        int passwordLength;

        @Option(names = "--replace", description = "overwrite a registered host with this id")
        boolean replace;

        @Override
        void run(AdminContext context, PrintWriter out) {
            SecretValue key;
            try {
                key = SecretValue.ofText(SshLogins.adminSecret(hostKeyLine(), readFile(adminKeyFile)));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(hostKeyFile + " holds no SSH public key line");
                throw new Failed();
            }
            try {
                DatabaseInstance host = context.registerInstance.register(new RegisterDatabaseInstanceCommand(id,
                        ENGINE, address, port, Optional.empty(), adminUser, key, passwordLength,
                        DatabaseInstance.DEFAULT_EXCLUDED, replace));
                out.println("registered host " + host.id() + " at " + host.host() + ":" + host.port());
            } catch (CredentialRotator.TargetFailure e) {
                spec.commandLine().getErr().println("not registered: " + e.getMessage());
                throw new Failed();
            }
        }

        /** The key line: the file's first line that is not a comment, without ssh-keyscan's leading host name. */
        private String hostKeyLine() {
            String line = readFile(hostKeyFile).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .findFirst().orElse("");
            return line.startsWith("ssh-") || line.startsWith("ecdsa-") ? line : line.replaceFirst("^\\S+\\s+", "");
        }

    }

    @Command(name = "list", description = "List registered hosts (never their keys).",
            footer = {"", "Example:", "  kmsecrets host list"})
    static final class ListHosts extends AdminCommand {
        @Override
        void run(AdminContext context, PrintWriter out) {
            context.listInstances.list(new ListDatabaseInstancesQuery()).stream()
                    .filter(i -> i.engine().equals(ENGINE))
                    .forEach(i -> out.println(i.id() + "\t" + i.host() + ":" + i.port() + "\tadmin " + i.adminUser()));
        }
    }

    /** The same removal as {@code db-instance remove}: hosts are kept with the database instances. */
    @Command(name = "remove", description = "Remove a host; secrets naming it stop rotating (Invalid) and its "
            + "logins are left as they are.",
            footer = {"", "Example:", "  kmsecrets host remove i-web1"})
    static final class Remove extends DbInstanceCommands.Remove {
    }
}
