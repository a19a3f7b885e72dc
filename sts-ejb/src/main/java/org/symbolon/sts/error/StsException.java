package org.symbolon.sts.error;

/**
 * The one exception that crosses layers. It carries the protocol error code (RFC 6749 section 5.2
 * codes for OAuth, {@code invalid_request} with a field for the admin API) and the HTTP status the
 * endpoint answers with; each protocol's mapper writes it in that protocol's shape.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class StsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String error;
    private final int status;
    private final String field;

    public StsException(String error, String description, int status, String field) {
        super(description, null, false, false);
        this.error = error;
        this.status = status;
        this.field = field;
    }

    public static StsException invalidRequest(String description) {
        return new StsException("invalid_request", description, 400, null);
    }

    public static StsException invalidField(String field, String description) {
        return new StsException("invalid_request", description, 400, field);
    }

    public static StsException invalidClient(String description) {
        return new StsException("invalid_client", description, 401, null);
    }

    public static StsException invalidGrant(String description) {
        return new StsException("invalid_grant", description, 400, null);
    }

    public static StsException invalidScope(String description) {
        return new StsException("invalid_scope", description, 400, null);
    }

    public static StsException invalidTarget(String description) {
        return new StsException("invalid_target", description, 400, null);
    }

    public static StsException unauthorizedClient(String description) {
        return new StsException("unauthorized_client", description, 400, null);
    }

    public static StsException unsupportedGrantType(String description) {
        return new StsException("unsupported_grant_type", description, 400, null);
    }

    public static StsException invalidToken(String description) {
        return new StsException("invalid_token", description, 401, null);
    }

    public static StsException insufficientScope(String description) {
        return new StsException("insufficient_scope", description, 403, null);
    }

    public static StsException notFound(String description) {
        return new StsException("not_found", description, 404, null);
    }

    public static StsException conflict(String description) {
        return new StsException("conflict", description, 409, null);
    }

    public static StsException unavailable(String description) {
        return new StsException("temporarily_unavailable", description, 503, null);
    }

    public String error() {
        return error;
    }

    public String description() {
        return getMessage();
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
