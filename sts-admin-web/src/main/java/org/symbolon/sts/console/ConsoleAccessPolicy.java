package org.symbolon.sts.console;

/** Which console paths an anonymous visitor may reach: the sign-in page and the static resources. */
final class ConsoleAccessPolicy {

    static final String SIGN_IN_PAGE = "/login.xhtml";
    static final String CLIENTS_PAGE = "/clients.xhtml";
    static final String PARTNERS_PAGE = "/partners.xhtml";
    static final String PARTNER_PAGE = "/partner.xhtml";
    // where Faces serves stylesheets from the resources folder; the only static content of the console
    static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    private ConsoleAccessPolicy() {
    }

    /**
     * True when the request must first go to the sign-in page. {@code path} is the container's
     * decoded and normalised servlet path plus path info, so "/x/../clients.xhtml" never reaches here.
     */
    static boolean mustSignInFirst(String path, boolean signedIn) {
        return !signedIn && !isPublic(path);
    }

    static boolean isPublic(String path) {
        return SIGN_IN_PAGE.equals(path) || isStaticResource(path);
    }

    static boolean isStaticResource(String path) {
        return path != null && path.startsWith(FACES_RESOURCES);
    }
}
