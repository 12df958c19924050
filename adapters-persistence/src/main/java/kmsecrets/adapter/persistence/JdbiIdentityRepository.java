package kmsecrets.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import kmsecrets.application.port.out.IdentityRepository;
import kmsecrets.domain.access.PolicyDocument;
import kmsecrets.domain.account.AccountId;

/** Users, policy documents (stored as the JSON text given) and their attachments in PostgreSQL. */
public final class JdbiIdentityRepository implements IdentityRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JdbiSession session;

    public JdbiIdentityRepository(JdbiSession session) {
        this.session = session;
    }

    @Override
    public boolean createUser(AccountId account, String userName, Instant at) {
        return session.withHandle(h -> h.createUpdate("insert into users (account_id, user_name, created_at) "
                        + "values (:account, :user, :at) on conflict do nothing")
                .bind("account", account.value()).bind("user", userName).bind("at", Timestamp.from(at))
                .execute()) == 1;
    }

    @Override
    public List<String> users(AccountId account) {
        return session.withHandle(h -> h.createQuery("select user_name from users where account_id = :account "
                + "order by user_name").bind("account", account.value()).mapTo(String.class).list());
    }

    @Override
    public boolean deleteUser(AccountId account, String userName) {
        return session.withHandle(h -> h.createUpdate("delete from users where account_id = :account "
                + "and user_name = :user").bind("account", account.value()).bind("user", userName).execute()) == 1;
    }

    @Override
    public boolean userExists(AccountId account, String userName) {
        return session.withHandle(h -> h.createQuery("select count(*) from users where account_id = :account "
                        + "and user_name = :user").bind("account", account.value()).bind("user", userName)
                .mapTo(Integer.class).one()) == 1;
    }

    @Override
    public void savePolicy(AccountId account, String policyName, String document, Instant at) {
        session.withHandle(h -> h.createUpdate("insert into policies (account_id, policy_name, document, updated_at) "
                        + "values (:account, :name, :document, :at) on conflict (account_id, policy_name) "
                        + "do update set document = excluded.document, updated_at = excluded.updated_at")
                .bind("account", account.value()).bind("name", policyName).bind("document", document)
                .bind("at", Timestamp.from(at)).execute());
    }

    @Override
    public List<PolicyAttachments> policies(AccountId account) {
        return session.withHandle(h -> h.createQuery("select p.policy_name, array_remove(array_agg(up.user_name "
                        + "order by up.user_name), null) as users from policies p left join user_policies up "
                        + "on up.account_id = p.account_id and up.policy_name = p.policy_name "
                        + "where p.account_id = :account group by p.policy_name order by p.policy_name")
                .bind("account", account.value())
                .map((rs, ctx) -> new PolicyAttachments(rs.getString("policy_name"),
                        Arrays.stream((Object[]) rs.getArray("users").getArray()).map(String.class::cast).toList()))
                .list());
    }

    @Override
    public boolean attach(AccountId account, String policyName, String userName) {
        return session.withHandle(h -> h.createUpdate("insert into user_policies (account_id, user_name, policy_name) "
                        + "select :account, u.user_name, p.policy_name from users u, policies p "
                        + "where u.account_id = :account and u.user_name = :user and p.account_id = :account "
                        + "and p.policy_name = :policy on conflict do nothing")
                .bind("account", account.value()).bind("user", userName).bind("policy", policyName).execute() == 1
                || attached(account, policyName, userName));
    }

    private boolean attached(AccountId account, String policyName, String userName) {
        return session.withHandle(h -> h.createQuery("select count(*) from user_policies where account_id = :account "
                        + "and user_name = :user and policy_name = :policy")
                .bind("account", account.value()).bind("user", userName).bind("policy", policyName)
                .mapTo(Integer.class).one()) == 1;
    }

    @Override
    public boolean detach(AccountId account, String policyName, String userName) {
        return session.withHandle(h -> h.createUpdate("delete from user_policies where account_id = :account "
                        + "and user_name = :user and policy_name = :policy")
                .bind("account", account.value()).bind("user", userName).bind("policy", policyName).execute()) == 1;
    }

    @Override
    public List<PolicyDocument> attachedTo(AccountId account, String principal) {
        return session.withHandle(h -> h.createQuery("select p.document from user_policies up join policies p "
                        + "on p.account_id = up.account_id and p.policy_name = up.policy_name "
                        + "where up.account_id = :account and up.user_name = :user order by p.policy_name")
                .bind("account", account.value()).bind("user", principal).mapTo(String.class).list())
                .stream().map(JdbiIdentityRepository::document).toList();
    }

    private static PolicyDocument document(String json) {
        try {
            return PolicyDocument.read(JSON.readValue(json, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored policy document is not JSON", e);
        }
    }
}
