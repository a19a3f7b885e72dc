package org.symbolon.sts.session;

/**
 * A relying party that joined an SSO session, so that logout can reach it.
 *
 * @param protocol {@code oidc} or {@code saml2}
 * @param relyingParty the OIDC client_id or the SAML SP entityID
 * @param nameId the SAML NameID sent (null for OIDC)
 * @param nameIdFormat the SAML NameID format (null for OIDC)
 * @param sessionIndex the SAML SessionIndex (null for OIDC)
 */
public record SessionParticipant(String protocol, String relyingParty, String nameId, String nameIdFormat,
        String sessionIndex) {

    public static final String OIDC = "oidc";
    public static final String SAML2 = "saml2";
}
