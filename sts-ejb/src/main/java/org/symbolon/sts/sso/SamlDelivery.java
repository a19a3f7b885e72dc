package org.symbolon.sts.sso;

/**
 * A SAML protocol message on its way to a service provider through the browser.
 *
 * @param binding    {@code post} (auto-submitted form) or {@code redirect} ({@code location} is then the
 *                   complete URL, query and signature included, and {@code xml} is null)
 * @param location   where the browser takes the message
 * @param parameter  {@code SAMLResponse} or {@code SAMLRequest}
 * @param xml        the message (POST binding), or null
 * @param relayState sent back unchanged, or null
 */
public record SamlDelivery(String binding, String location, String parameter, String xml, String relayState) {

    public static final String POST = "post";
    public static final String REDIRECT = "redirect";

    public static SamlDelivery post(String location, String parameter, String xml, String relayState) {
        return new SamlDelivery(POST, location, parameter, xml, relayState);
    }

    public static SamlDelivery redirect(String url) {
        return new SamlDelivery(REDIRECT, url, null, null, null);
    }
}
