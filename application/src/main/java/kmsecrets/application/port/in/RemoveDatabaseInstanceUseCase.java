package kmsecrets.application.port.in;

/** Administration: false when no such instance was registered. Secrets that name it stop rotating (Invalid). */
public interface RemoveDatabaseInstanceUseCase extends UseCase {
    boolean remove(DatabaseInstanceCommand command);
}
