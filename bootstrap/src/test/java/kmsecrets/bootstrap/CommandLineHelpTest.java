package kmsecrets.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command and subcommand answers --help with its usage, and `help` and --version work. */
class CommandLineHelpTest {

    @Test
    void everyCommandAnswersHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(new CommandLine(new Main()), new ArrayList<>(), paths);
        assertThat(paths).as("the CLI's commands").hasSizeGreaterThan(20);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            StringWriter out = new StringWriter();
            int exit = new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(out))
                    .execute(args.toArray(String[]::new));
            assertThat(exit).as(String.join(" ", args) + "\n" + out).isZero();
            assertThat(out.toString()).as(String.join(" ", args)).contains("Usage: kmsecrets");
            if (!path.isEmpty() && !path.contains("generate-completion")
                    && new CommandLine(new Main()).getSubcommands().get(path.get(0)) != null
                    && leaf(new CommandLine(new Main()), path)) {
                assertThat(out.toString()).as(String.join(" ", args)).contains("Example:", "kmsecrets " + path.get(0));
            }
        }
    }

    @Test
    void helpAndVersionAnswer() {
        StringWriter out = new StringWriter();
        assertThat(new CommandLine(new Main()).setOut(new PrintWriter(out)).execute("help", "user")).isZero();
        assertThat(out.toString()).contains("Usage: kmsecrets user");
        StringWriter version = new StringWriter();
        assertThat(new CommandLine(new Main()).setOut(new PrintWriter(version)).execute("--version")).isZero();
        assertThat(version.toString()).startsWith("kmsecrets ");
    }

    @Test
    void shellCompletionKnowsTheCommands() {
        StringWriter out = new StringWriter();
        assertThat(new CommandLine(new Main()).setOut(new PrintWriter(out)).execute("generate-completion")).isZero();
        assertThat(out.toString()).contains("complete -F", "secret", "access-key", "schedule-deletion");
    }

    private static boolean leaf(CommandLine root, List<String> path) {
        CommandLine command = root;
        for (String name : path) {
            command = command.getSubcommands().get(name);
        }
        return command.getSubcommands().isEmpty();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(name);
                collect(sub, deeper, paths);
            }
        });
    }
}
