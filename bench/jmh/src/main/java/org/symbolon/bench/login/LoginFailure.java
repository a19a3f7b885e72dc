package org.symbolon.bench.login;

/** A login that did not end with both tokens: which step, and the status when the server answered wrongly. */
final class LoginFailure extends Exception {

    private final int status;

    LoginFailure(String message, int status) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The unexpected HTTP status, or 0 when the answer had the right status but not the expected content. */
    int status() {
        return status;
    }
}
