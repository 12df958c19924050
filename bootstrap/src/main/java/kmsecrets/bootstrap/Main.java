package kmsecrets.bootstrap;

import kmsecrets.bootstrap.wiring.Config;
import kmsecrets.bootstrap.wiring.StartupFailure;
import kmsecrets.bootstrap.wiring.Wiring;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code java -jar kmsecrets.jar [serve]}: the service; further subcommands administer it. */
@Command(name = "kmsecrets", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = kmsecrets.bootstrap.wiring.Version.class,
        description = "Self-hosted secrets manager speaking the Alibaba Cloud KMS 2016-01-20 API.",
        footer = {"", "Without a command: serve. 'secret' and 'key' talk to a running service over its API; the other "
                + "commands open its database and master key.", "",
                "Exit codes: 0 done; 1 refused (by the service, a check, or a start-up failure: one line says why);",
                "  2 wrong usage or settings; 3 the service cannot be reached or is temporarily unavailable (retry).",
                "", "Shell completion: source <(java -jar kmsecrets.jar generate-completion)"},
        subcommands = {Main.Serve.class, kmsecrets.bootstrap.admin.UserCommands.class,
                kmsecrets.bootstrap.admin.AccessKeyCommands.class, kmsecrets.bootstrap.admin.PolicyCommands.class,
                kmsecrets.bootstrap.admin.AuditCommands.class, kmsecrets.bootstrap.admin.DbInstanceCommands.class,
                kmsecrets.bootstrap.admin.HostCommands.class,
                kmsecrets.bootstrap.admin.MasterKeyCommands.class,
                kmsecrets.bootstrap.bench.BenchCommand.class, kmsecrets.bootstrap.client.SecretCommands.class,
                kmsecrets.bootstrap.client.KeyCommands.class, CommandLine.HelpCommand.class,
                picocli.AutoComplete.GenerateCompletion.class})
public final class Main implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).setExecutionExceptionHandler(Main::failed).execute(args));
    }

    /** A start that cannot succeed as configured: one line naming the setting; the trace only at debug level. */
    private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (!(e instanceof StartupFailure)) {
            throw e;
        }
        org.slf4j.LoggerFactory.getLogger(Main.class).debug("start-up failed", e);
        command.getErr().println("kmsecrets cannot start: " + e.getMessage());
        command.getErr().flush();
        return 1;
    }

    /** Without a subcommand: serve. */
    @Override
    public Integer call() throws Exception {
        return new Serve().run(spec.commandLine().getOut());
    }

    @Command(name = "serve", description = "Start the service (configuration from KMS_* environment variables).",
            footer = {"", "Example:", "  KMS_DB_URL=jdbc:postgresql://db:5432/kmsecrets kmsecrets serve"})
    static final class Serve implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return run(spec.commandLine().getOut());
        }

        int run(PrintWriter console) throws Exception {
            Config config = Config.fromEnvironment(System.getenv());
            KmsService service = KmsService.start(config, console);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    service.close();
                } catch (Exception e) {
                    org.slf4j.LoggerFactory.getLogger(Main.class).warn("unclean shutdown: {}", e.toString());
                } finally {
                    stopped.countDown();
                }
            }, "kms-shutdown"));
            stopped.await();
            return 0;
        }
    }
}
