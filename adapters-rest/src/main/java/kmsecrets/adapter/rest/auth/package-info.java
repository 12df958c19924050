/** Request authentication: both Alibaba signing schemes, the timestamp window, nonce replay and throttling. */
package kmsecrets.adapter.rest.auth;
