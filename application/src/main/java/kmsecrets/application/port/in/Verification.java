package kmsecrets.application.port.in;

import java.util.Optional;

/** What audit verify found: whether the chain is intact, how many events it checked, where it first breaks. */
public record Verification(boolean intact, long checked, Optional<Long> firstBrokenPosition) {
}
