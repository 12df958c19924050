package kmsecrets.application.port.in;

/** DescribeSecret: works on secrets pending deletion too. */
public interface DescribeSecretUseCase extends ReadUseCase {
    DescribeSecretResult describeSecret(SecretQuery query);
}
