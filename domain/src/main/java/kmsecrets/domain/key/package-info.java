/** Customer master keys: the middle of the key hierarchy, whose material exists only wrapped by the master key. */
package kmsecrets.domain.key;
