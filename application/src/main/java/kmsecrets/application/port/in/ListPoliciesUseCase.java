package kmsecrets.application.port.in;

/** Administration: policies with their users. */
public interface ListPoliciesUseCase extends ReadUseCase {
    java.util.List<PolicyInfo> listPolicies(AccountQuery query);
}
