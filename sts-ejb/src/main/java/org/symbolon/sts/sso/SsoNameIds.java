package org.symbolon.sts.sso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.symbolon.sts.trust.SamlRelyingParty;
import org.symbolon.sts.trust.ServiceProvider;
import org.symbolon.sts.users.LocalUser;

/**
 * The NameID a service provider receives for a user: in the format its AuthnRequest's NameIDPolicy asks
 * for, else in its registered format. Persistent is pairwise and opaque, transient new every time,
 * emailAddress the user's email, unspecified the username.
 */
@ApplicationScoped
public class SsoNameIds {

    @Inject
    OpaqueValues opaque;

    /** A NameID and its format. */
    public record NameId(String value, String format) {
    }

    /** @throws SsoRefusal InvalidNameIDPolicy when the user has no value in that format */
    public NameId nameId(ServiceProvider sp, String requestedFormat, LocalUser user) throws SsoRefusal {
        String format = requestedFormat == null || requestedFormat.equals(SamlRelyingParty.UNSPECIFIED)
                ? sp.settings().nameIdFormat() : requestedFormat;
        String value = switch (format) {
            case SamlRelyingParty.PERSISTENT -> opaque.persistentNameId(sp.entityId(), user.id());
            case SamlRelyingParty.TRANSIENT -> "_" + UUID.randomUUID();
            case SamlRelyingParty.EMAIL -> {
                if (user.email() == null || user.email().isBlank()) {
                    throw SsoRefusal.invalidNameIdPolicy("The user has no email address for an emailAddress NameID");
                }
                yield user.email();
            }
            case SamlRelyingParty.UNSPECIFIED -> user.username();
            default -> throw SsoRefusal.invalidNameIdPolicy("Symbolon does not issue NameIDs in format " + format);
        };
        return new NameId(value, format);
    }
}
