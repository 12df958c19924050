package kmsecrets.bootstrap.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The value a command writes: {@code --value TEXT}, or {@code --value-file FILE} ({@code -} reads standard input, so
 * the value stays out of the shell's history and the process list); with {@code --binary} the file's bytes are sent
 * base64-encoded as a binary secret.
 */
final class SecretValue {
    @Option(names = "--value", paramLabel = "TEXT", description = "the value (visible in the process list: "
            + "prefer --value-file)")
    String text;

    @Option(names = "--value-file", paramLabel = "FILE", description = "read the value from FILE, or - for stdin")
    String file;

    @Option(names = "--binary", description = "store the file's bytes as a binary secret (SecretDataType=binary)")
    boolean binary;

    /** {@code SecretData} and {@code SecretDataType} as the API takes them. */
    Map<String, String> parameters(InputStream stdin) {
        if ((text == null) == (file == null)) {
            throw new ClientCommand.Usage("give the value with exactly one of --value and --value-file");
        }
        if (text != null) {
            if (binary) {
                throw new ClientCommand.Usage("--binary takes its bytes from --value-file");
            }
            return Map.of("SecretData", text, "SecretDataType", "text");
        }
        byte[] bytes;
        try {
            bytes = file.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new ClientCommand.Usage("cannot read " + file + ": " + e.getMessage());
        }
        if (binary) {
            return Map.of("SecretData", Base64.getEncoder().encodeToString(bytes), "SecretDataType", "binary");
        }
        try {
            String value = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Map.of("SecretData", value, "SecretDataType", "text");
        } catch (CharacterCodingException e) {
            throw new ClientCommand.Usage(file + " is not UTF-8 text: add --binary to store its bytes");
        }
    }
}
