package dev.atelier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/cli-reference.md is generated from the picocli command tree, so it cannot drift from the
 * code. Regenerate with scripts/cli-reference.sh after changing a command.
 */
class CliReferenceTest {
    static final Path DOC = Path.of("docs/cli-reference.md");

    static String generate() {
        CommandLine root = new CommandLine(new AtelierCommand(new CliIo(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of())));
        StringBuilder md = new StringBuilder();
        md.append("# Command-line reference\n\n")
                .append("Generated from the command tree by `scripts/cli-reference.sh`; do not edit by hand.\n")
                .append("Run `java -jar target/atelier.jar <command> --help` (or `atelier ...` when installed) for the same text.\n")
                .append("Every command: failures print `error: <what and what to do>` on stderr and exit 1; usage mistakes exit 2.\n");
        append(root, md);
        return md.toString();
    }

    private static void append(CommandLine cl, StringBuilder md) {
        md.append("\n## `").append(cl.getCommandSpec().qualifiedName()).append("`\n\n```text\n")
                .append(cl.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing()).append("\n```\n");
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden() && sub.getCommandName().equals(sub.getCommandSpec().name())) {
                append(sub, md);
            }
        }
    }

    @Test
    void committedReferenceMatchesTheCommandTree() throws Exception {
        String fresh = generate();
        if (Boolean.getBoolean("atelier.updateDocs")) {
            Files.writeString(DOC, fresh);
        }
        assertThat(Files.exists(DOC)).as("docs/cli-reference.md is missing: run scripts/cli-reference.sh").isTrue();
        assertThat(Files.readString(DOC))
                .as("docs/cli-reference.md is out of date: run scripts/cli-reference.sh and commit it")
                .isEqualTo(fresh);
    }
}
