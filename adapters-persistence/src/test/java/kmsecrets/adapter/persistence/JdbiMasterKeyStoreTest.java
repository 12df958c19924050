package kmsecrets.adapter.persistence;

import kmsecrets.application.port.out.MasterKeyStore;
import kmsecrets.application.port.out.MasterKeyStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL adapter passes the master key store contract. */
class JdbiMasterKeyStoreTest extends MasterKeyStoreContract {
    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @Override
    protected MasterKeyStore store() {
        DB.database().jdbi().useHandle(h -> {
            h.execute("delete from master_keys where wrapped_by is not null");
            h.execute("delete from master_keys");
            h.execute("delete from deployment_settings where name = 'master_key_primary'");
        });
        return new JdbiMasterKeyStore(DB.database().jdbi());
    }
}
