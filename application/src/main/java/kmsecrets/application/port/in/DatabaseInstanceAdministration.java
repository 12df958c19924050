package kmsecrets.application.port.in;

import java.util.List;
import java.util.Optional;
import kmsecrets.domain.instance.DatabaseInstance;
import kmsecrets.domain.secret.SecretValue;

/** The operator's registry of database instances that managed secrets may name (the CLI's db-instance). */
public interface DatabaseInstanceAdministration {
    /**
     * Registers an instance after logging in as its administrator. {@code replace} overwrites a registered one
     * (new address or administrator password); otherwise an id in use is refused.
     */
    DatabaseInstance register(Registration registration, boolean replace);

    List<DatabaseInstance> list();

    /** False when no such instance was registered. Secrets that name it stop rotating (Invalid). */
    boolean remove(String id);

    record Registration(String id, String engine, String host, int port, Optional<String> database,
                        String adminUser, SecretValue adminPassword, int passwordLength, String excludeCharacters) {
    }
}
