/**
 * The process: {@code Main} (the command line), {@code KmsService} (listeners, start-up, background jobs, graceful
 * stop), the check that the listeners' ports are free, and the TLS certificate it makes for itself. What is wired to
 * what is decided in {@code wiring}; the administration commands ({@code admin}), the API client commands
 * ({@code client}), the benchmark ({@code bench}) and the launcher of the packaged jar ({@code launch}) are
 * sub-packages. The only module that knows every other one.
 */
package kmsecrets.bootstrap;
