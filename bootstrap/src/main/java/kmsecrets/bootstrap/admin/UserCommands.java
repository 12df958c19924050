package kmsecrets.bootstrap.admin;

import kmsecrets.application.port.in.AccountQuery;
import kmsecrets.application.port.in.UserCommand;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kmsecrets user create|list|delete}. */
@Command(name = "user", description = "Manage users (principals with access keys of their own).",
        subcommands = {UserCommands.Create.class, UserCommands.ListUsers.class, UserCommands.Delete.class})
public final class UserCommands {
    @Command(name = "create", description = "Create a user.",
            footer = {"", "Example:", "  kmsecrets user create alice"})
    static final class Create extends AdminCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(AdminContext context, PrintWriter out) {
            context.createUser.createUser(new UserCommand(context.account, name));
            out.println("created user " + name);
        }
    }

    @Command(name = "list", description = "List users.",
            footer = {"", "Example:", "  kmsecrets user list"})
    static final class ListUsers extends AdminCommand {
        @Override
        void run(AdminContext context, PrintWriter out) {
            context.listUsers.listUsers(new AccountQuery(context.account)).forEach(out::println);
        }
    }

    @Command(name = "delete", description = "Delete a user with its access keys and policy attachments.",
            footer = {"", "Example:", "  kmsecrets user delete alice"})
    static final class Delete extends AdminCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(AdminContext context, PrintWriter out) {
            context.deleteUser.deleteUser(new UserCommand(context.account, name));
            out.println("deleted user " + name);
        }
    }
}
