package org.symbolon.sts.sso;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.symbolon.sts.token.saml.IncomingAuthnRequest.RequestedContext;

/**
 * A validated request for a Web SSO Response, as it is parked while the user signs in: nothing in it
 * is read again from the browser, so the resumed answer goes where the validated request said.
 *
 * @param requestId    the AuthnRequest's ID, or null for IdP-initiated SSO (unsolicited Response)
 * @param acsLocation  the ACS URL from the service provider's metadata
 * @param nameIdFormat the NameIDPolicy Format asked for, or null
 * @param relayState   returned unchanged, or null
 * @param requestedContext the RequestedAuthnContext the answer must satisfy, or null
 */
public record SsoRequest(String requestId, String spEntityId, String acsLocation, String nameIdFormat,
        String relayState, boolean forceAuthn, boolean isPassive, RequestedContext requestedContext) {

    /** A request that asks for no particular authentication context. */
    public SsoRequest(String requestId, String spEntityId, String acsLocation, String nameIdFormat, String relayState,
            boolean forceAuthn, boolean isPassive) {
        this(requestId, spEntityId, acsLocation, nameIdFormat, relayState, forceAuthn, isPassive, null);
    }

    static SsoRequest of(AuthnRequestContext context) {
        return new SsoRequest(context.requestId(), context.serviceProvider().entityId(), context.acs().location(),
                context.nameIdFormat(), context.relayState(), context.forceAuthn(), context.isPassive(),
                context.requestedAuthnContext());
    }

    Map<String, String> toParameters() {
        Map<String, String> parameters = new HashMap<>();
        put(parameters, "requestId", requestId);
        put(parameters, "sp", spEntityId);
        put(parameters, "acs", acsLocation);
        put(parameters, "nameIdFormat", nameIdFormat);
        put(parameters, "relayState", relayState);
        parameters.put("forceAuthn", Boolean.toString(forceAuthn));
        parameters.put("isPassive", Boolean.toString(isPassive));
        if (requestedContext != null) {
            // class references are URIs, which hold no spaces
            parameters.put("authnContext.comparison", requestedContext.comparison());
            parameters.put("authnContext.classRefs", String.join(" ", requestedContext.classRefs()));
            parameters.put("authnContext.declRefs", Boolean.toString(requestedContext.declRefs()));
        }
        return parameters;
    }

    /** The request parked by {@link #toParameters()}, or null when the parameters are not one. */
    static SsoRequest fromParameters(Map<String, String> parameters) {
        if (parameters.get("sp") == null || parameters.get("acs") == null) {
            return null;
        }
        String comparison = parameters.get("authnContext.comparison");
        RequestedContext context = comparison == null ? null : new RequestedContext(comparison,
                Arrays.stream(parameters.getOrDefault("authnContext.classRefs", "").split(" "))
                        .filter(ref -> !ref.isEmpty()).toList(),
                Boolean.parseBoolean(parameters.get("authnContext.declRefs")));
        return new SsoRequest(parameters.get("requestId"), parameters.get("sp"), parameters.get("acs"),
                parameters.get("nameIdFormat"), parameters.get("relayState"),
                Boolean.parseBoolean(parameters.get("forceAuthn")), Boolean.parseBoolean(parameters.get("isPassive")),
                context);
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
