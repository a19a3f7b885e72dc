package org.symbolon.sts.sso;

/**
 * An AuthnRequest that is refused; the message says why and is safe to show. When the requester is a
 * known, enabled service provider and the ACS was settled, {@link #replyTo()} says where a SAML error
 * Response may go; otherwise only an error page may be shown (never a redirect to an unverified place).
 *
 * @see <a href="https://docs.oasis-open.org/security/saml/v2.0/saml-core-2.0-os.pdf">SAML core 3.2.2.2 status codes</a>
 */
public class AuthnRequestRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    public static final String REQUESTER = "urn:oasis:names:tc:SAML:2.0:status:Requester";
    public static final String VERSION_MISMATCH = "urn:oasis:names:tc:SAML:2.0:status:VersionMismatch";
    public static final String REQUEST_DENIED = "urn:oasis:names:tc:SAML:2.0:status:RequestDenied";
    public static final String INVALID_NAME_ID_POLICY = "urn:oasis:names:tc:SAML:2.0:status:InvalidNameIDPolicy";

    private final transient ErrorReply replyTo;
    private final String statusCode;
    private final String subStatusCode;

    private AuthnRequestRefusal(String reason, ErrorReply replyTo, String statusCode, String subStatusCode) {
        super(reason, null, false, false);
        this.replyTo = replyTo;
        this.statusCode = statusCode;
        this.subStatusCode = subStatusCode;
    }

    /** Nobody verified to send a Response to: an error page only. */
    static AuthnRequestRefusal pageOnly(String reason) {
        return new AuthnRequestRefusal(reason, null, REQUESTER, null);
    }

    /** A SAML error Response to the service provider's settled ACS, with these status codes. */
    static AuthnRequestRefusal respond(String reason, ErrorReply replyTo, String statusCode, String subStatusCode) {
        return new AuthnRequestRefusal(reason, replyTo, statusCode, subStatusCode);
    }

    public boolean canRespondToSp() {
        return replyTo != null;
    }

    /** Where the error Response goes, or null when only an error page may be shown. */
    public ErrorReply replyTo() {
        return replyTo;
    }

    /** The top-level SAML status code for the error Response. */
    public String statusCode() {
        return statusCode;
    }

    /** The second-level status code, or null. */
    public String subStatusCode() {
        return subStatusCode;
    }
}
