package kmsecrets.bootstrap.system;

import com.aliyun.kms20160120.Client;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged service shared by the tests of one class, optionally beside real database servers with one of them
 * registered as an instance; started before the class and stopped and cleaned up after it however it ended (a
 * failed start included). Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SharedService node = SharedService.start();
 * ... node.tea().createSecret(...)
 * }</pre>
 */
final class SharedService implements BeforeAllCallback, AfterAllCallback {
    private final Map<String, String> env;
    private String instanceTag;
    private String engine;
    private String[] engines = {};
    private String accountPassword;
    private DatabaseServers servers;
    private ServiceProcess service;
    private Clients clients;
    private Client tea;
    private String account;

    private SharedService(Map<String, String> env) {
        this.env = env;
    }

    static SharedService start() {
        return new SharedService(Map.of());
    }

    static SharedService start(Map<String, String> env) {
        return new SharedService(env);
    }

    /** Also starts the test database servers and registers the {@code engine} one as an instance. */
    SharedService withInstance(String tag, String engineName) {
        instanceTag = tag;
        engine = engineName;
        engines = new String[] {engineName};
        return this;
    }

    /**
     * Also starts the test database servers and registers the named engines' (all three when none is named) as
     * instances {@code <engine>-<tag>}.
     */
    SharedService withInstances(String tag, String... engineNames) {
        instanceTag = tag;
        engines = engineNames;
        return this;
    }

    /** Also creates an account with this password on the registered engine, for secrets to import. */
    SharedService withAccount(String password) {
        accountPassword = password;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (instanceTag != null) {
            servers = new DatabaseServers();
            if (accountPassword != null) {
                account = servers.account(engine, accountPassword);
            }
        }
        service = ServiceProcess.start(env);
        if (servers != null && engines.length > 0) {
            servers.register(service, instanceTag, engines);
        } else if (servers != null) {
            servers.register(service, instanceTag);
        }
        clients = new Clients(service);
        tea = clients.tea();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (service != null) {
                service.close();
            }
        } finally {
            if (servers != null) {
                servers.close();
            }
        }
    }

    ServiceProcess service() {
        return service;
    }

    Clients clients() {
        return clients;
    }

    /** One Tea SDK client for the class. */
    Client tea() {
        return tea;
    }

    DatabaseServers servers() {
        return servers;
    }

    /** The account made by {@link #withAccount}. */
    String account() {
        return account;
    }
}
