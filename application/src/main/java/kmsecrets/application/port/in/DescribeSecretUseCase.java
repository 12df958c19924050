package kmsecrets.application.port.in;

/** DescribeSecret: works on secrets pending deletion too. */
public interface DescribeSecretUseCase {
    DescribeSecretResult describeSecret(SecretQuery query);
}
