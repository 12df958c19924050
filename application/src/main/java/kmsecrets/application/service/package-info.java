/** One service per use case; adapters never see this package, only the ports. */
package kmsecrets.application.service;
