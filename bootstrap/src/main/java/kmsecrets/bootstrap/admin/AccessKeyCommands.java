package kmsecrets.bootstrap.admin;

import kmsecrets.application.port.in.AccessKeyCommand;
import kmsecrets.application.port.in.SetAccessKeyEnabledCommand;
import kmsecrets.application.port.in.ListAccessKeysQuery;
import kmsecrets.application.port.in.UserCommand;
import java.io.PrintWriter;
import java.util.Optional;
import kmsecrets.application.port.in.NewAccessKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kmsecrets access-key create|list|disable|enable|delete}. */
@Command(name = "access-key", description = "Manage access keys of users.",
        subcommands = {AccessKeyCommands.Create.class, AccessKeyCommands.ListKeys.class,
                AccessKeyCommands.Disable.class, AccessKeyCommands.Enable.class, AccessKeyCommands.Delete.class})
public final class AccessKeyCommands {
    @Command(name = "create", description = "Create an access key for a user; its secret is shown only now.",
            footer = {"", "Example:", "  kmsecrets access-key create --user alice"})
    static final class Create extends AdminCommand {
        @Option(names = "--user", required = true)
        String user;

        @Override
        void run(AdminContext context, PrintWriter out) {
            NewAccessKey key = context.createAccessKey.createAccessKey(new UserCommand(context.account, user));
            out.println("AccessKeyId:     " + key.accessKeyId());
            out.println("AccessKeySecret: " + key.secret().asText());
        }
    }

    @Command(name = "list", description = "List access keys (never their secrets).",
            footer = {"", "Example:", "  kmsecrets access-key list --user alice"})
    static final class ListKeys extends AdminCommand {
        @Option(names = "--user")
        String user;

        @Override
        void run(AdminContext context, PrintWriter out) {
            context.listAccessKeys.listAccessKeys(new ListAccessKeysQuery(context.account,
                    Optional.ofNullable(user))).forEach(k ->
                    out.println(k.accessKeyId() + "\t" + k.principal() + "\t" + (k.enabled() ? "enabled" : "disabled")
                            + (k.root() ? "\troot" : "")));
        }
    }

    @Command(name = "disable", description = "Disable an access key (Forbidden.AccessKey within 5 seconds).",
            footer = {"", "Example:", "  kmsecrets access-key disable LTAI…"})
    static final class Disable extends AdminCommand {
        @Parameters(paramLabel = "ACCESS_KEY_ID")
        String id;

        @Override
        void run(AdminContext context, PrintWriter out) {
            context.setAccessKeyEnabled.setAccessKeyEnabled(new SetAccessKeyEnabledCommand(context.account, id,
                    false));
            out.println("disabled " + id);
        }
    }

    @Command(name = "enable", description = "Enable a disabled access key.",
            footer = {"", "Example:", "  kmsecrets access-key enable LTAI…"})
    static final class Enable extends AdminCommand {
        @Parameters(paramLabel = "ACCESS_KEY_ID")
        String id;

        @Override
        void run(AdminContext context, PrintWriter out) {
            context.setAccessKeyEnabled.setAccessKeyEnabled(new SetAccessKeyEnabledCommand(context.account, id,
                    true));
            out.println("enabled " + id);
        }
    }

    @Command(name = "delete", description = "Delete an access key.",
            footer = {"", "Example:", "  kmsecrets access-key delete LTAI…"})
    static final class Delete extends AdminCommand {
        @Parameters(paramLabel = "ACCESS_KEY_ID")
        String id;

        @Override
        void run(AdminContext context, PrintWriter out) {
            context.deleteAccessKey.deleteAccessKey(new AccessKeyCommand(context.account, id));
            out.println("deleted " + id);
        }
    }
}
