package kmsecrets.bootstrap.admin;

import kmsecrets.application.port.in.DatabaseInstanceCommand;
import kmsecrets.application.port.in.ListDatabaseInstancesQuery;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import kmsecrets.application.port.in.RegisterDatabaseInstanceCommand;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.PasswordPolicy;
import kmsecrets.domain.secret.SecretValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kmsecrets db-instance register|list|remove}: the database servers managed secrets may name. */
@Command(name = "db-instance", description = "Manage the database instances that Rds and Redis secrets rotate on.",
        subcommands = {DbInstanceCommands.Register.class, DbInstanceCommands.ListInstances.class,
                DbInstanceCommands.Remove.class})
public final class DbInstanceCommands {
    @Command(name = "register", description = "Register an instance after logging in as its administrator; "
            + "the administrator password is stored encrypted under the master key.",
            footer = {"", "Example:", "  kmsecrets db-instance register --id pg-main --engine postgresql --host 10.0.0.5 --port 5432 --admin-user kms_admin --admin-password-file admin.pw"})
    static final class Register extends AdminCommand {
        @Option(names = "--id", required = true, description = "the DBInstanceId (Rds) or InstanceId (Redis) "
                + "secrets name")
        String id;

        @Option(names = "--engine", required = true, description = "postgresql, mysql (MySQL and MariaDB) or redis")
        String engine;

        @Option(names = "--host", required = true)
        String host;

        @Option(names = "--port", required = true)
        int port;

        @Option(names = "--database", description = "database to connect to (PostgreSQL default: postgres)")
        String database;

        @Option(names = "--admin-user", required = true, description = "an account allowed to change other "
                + "accounts' passwords (Redis: to run ACL SETUSER)")
        String adminUser;

        @Option(names = "--admin-password-file", required = true, description = "file holding the administrator "
                + "password (a trailing newline is ignored; empty for a Redis default user without password)")
        Path adminPasswordFile;

        @Option(names = "--password-length", defaultValue = "32", description = "length of generated passwords, "
                + "8 to 128 (default ${DEFAULT-VALUE})")
        int passwordLength;

        @Option(names = "--password-exclude", description = "characters generated passwords never contain; the "
                + "quotes, backslash and backtick are always excluded")
        String exclude = DatabaseInstance.DEFAULT_EXCLUDED;

        @Option(names = "--replace", description = "overwrite a registered instance with this id")
        boolean replace;

        @Override
        void run(AdminContext context, PrintWriter out) {
            SecretValue password = SecretValue.ofText(adminPassword());
            try {
                DatabaseInstance instance = context.registerInstance.register(new RegisterDatabaseInstanceCommand(id, engine, host,
                        port, Optional.ofNullable(database), adminUser, password, passwordLength, exclude, replace));
                out.println("registered " + instance.engine() + " instance " + instance.id() + " at "
                        + instance.host() + ":" + instance.port());
            } catch (CredentialRotator.TargetFailure e) {
                spec.commandLine().getErr().println("not registered: " + e.getMessage());
                throw new Failed();
            }
        }

        private String adminPassword() {
            String text = readFile(adminPasswordFile);
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        }
    }

    @Command(name = "list", description = "List registered instances (never their passwords).",
            footer = {"", "Example:", "  kmsecrets db-instance list"})
    static final class ListInstances extends AdminCommand {
        @Override
        void run(AdminContext context, PrintWriter out) {
            context.listInstances.list(new ListDatabaseInstancesQuery()).forEach(i -> {
                PasswordPolicy p = i.passwords();
                out.println(i.id() + "\t" + i.engine() + "\t" + i.host() + ":" + i.port()
                        + i.database().map(d -> "/" + d).orElse("") + "\tadmin " + i.adminUser()
                        + "\tpasswords " + p.length() + " chars");
            });
        }
    }

    @Command(name = "remove", description = "Remove an instance; secrets naming it stop rotating (Invalid) and "
            + "its accounts are left as they are.",
            footer = {"", "Example:", "  kmsecrets db-instance remove pg-main"})
    static class Remove extends AdminCommand {
        @Option(names = "--id", description = "the instance's id, as given to register")
        String option;

        @Parameters(paramLabel = "ID", arity = "0..1", description = "the instance's id (instead of --id)")
        String positional;

        @Override
        void run(AdminContext context, PrintWriter out) {
            if ((option == null) == (positional == null)) {
                spec.commandLine().getErr().println("name the instance once: --id ID (or ID)");
                throw new Failed();
            }
            String id = option != null ? option : positional;
            if (!context.removeInstance.remove(new DatabaseInstanceCommand(id))) {
                spec.commandLine().getErr().println("no instance " + id + " is registered");
                throw new Failed();
            }
            out.println("removed " + id);
        }
    }
}
