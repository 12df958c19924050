package kmsecrets.bootstrap.admin;

import kmsecrets.application.port.in.AccountQuery;
import kmsecrets.application.port.in.PolicyAttachmentCommand;
import kmsecrets.application.port.in.CreatePolicyCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kmsecrets policy create|attach|detach|list}. */
@Command(name = "policy", description = "Manage RAM-style policy documents and attach them to users.",
        subcommands = {PolicyCommands.Create.class, PolicyCommands.Attach.class, PolicyCommands.Detach.class,
                PolicyCommands.ListPolicies.class})
public final class PolicyCommands {
    @Command(name = "create", description = "Create (or replace) a policy from a JSON document.",
            footer = {"", "Example:", "  kmsecrets policy create readers --file readers.json"})
    static final class Create extends AdminCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @ArgGroup(multiplicity = "1")
        Source source;

        static final class Source {
            @Option(names = "--file", description = "the policy document")
            Path file;

            @Option(names = "--document", description = "the policy document, inline")
            String document;
        }

        @Override
        void run(AdminContext context, PrintWriter out) {
            String json = source.file != null ? readFile(source.file) : source.document;
            context.createPolicy.createPolicy(new CreatePolicyCommand(context.account, name, json));
            out.println("created policy " + name);
        }
    }

    @Command(name = "attach", description = "Attach a policy to a user.",
            footer = {"", "Example:", "  kmsecrets policy attach readers --user alice"})
    static final class Attach extends AdminCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--user", required = true)
        String user;

        @Override
        void run(AdminContext context, PrintWriter out) {
            context.attachPolicy.attachPolicy(new PolicyAttachmentCommand(context.account, name, user));
            out.println("attached " + name + " to " + user);
        }
    }

    @Command(name = "detach", description = "Detach a policy from a user.",
            footer = {"", "Example:", "  kmsecrets policy detach readers --user alice"})
    static final class Detach extends AdminCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--user", required = true)
        String user;

        @Override
        void run(AdminContext context, PrintWriter out) {
            context.detachPolicy.detachPolicy(new PolicyAttachmentCommand(context.account, name, user));
            out.println("detached " + name + " from " + user);
        }
    }

    @Command(name = "list", description = "List policies and the users they are attached to.",
            footer = {"", "Example:", "  kmsecrets policy list"})
    static final class ListPolicies extends AdminCommand {
        @Override
        void run(AdminContext context, PrintWriter out) {
            context.listPolicies.listPolicies(new AccountQuery(context.account)).forEach(p ->
                    out.println(p.policyName() + "\t" + String.join(",", p.attachedUsers())));
        }
    }
}
