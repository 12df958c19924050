package kmsecrets.application.service;

import java.util.List;
import kmsecrets.application.port.in.UntagKeysCommand;
import kmsecrets.application.port.in.UntagKeysUseCase;

/** Untagging keys: tag keys that are not there are ignored. */
public final class UntagKeysService implements UntagKeysUseCase {
    private final KeyTagEdits edits;

    public UntagKeysService(KeyTagEdits edits) {
        this.edits = edits;
    }

    @Override
    public void untagKeys(UntagKeysCommand command) {
        edits.apply(command.caller(), command.action(), command.keyIds(),
                current -> command.all() && command.tagKeys().isEmpty() ? List.of()
                        : current.stream().filter(t -> !command.tagKeys().contains(t.key())).toList());
    }
}
