package kmsecrets.application.port.in;

/** A use case that changes nothing: its audit event commits after the work, on its own. */
public interface ReadUseCase extends UseCase {
    @Override
    default Commit commit() {
        return Commit.AFTER_WORK;
    }
}
