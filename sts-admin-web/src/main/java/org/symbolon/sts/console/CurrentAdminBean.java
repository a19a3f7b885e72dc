package org.symbolon.sts.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/** Who is signed in, and signing out. */
@Named("currentAdmin")
@RequestScoped
public class CurrentAdminBean {

    @Inject
    ExternalContext external;

    public String getUsername() {
        return ConsoleSession.signedInAdmin((HttpSession) external.getSession(false)).orElse("");
    }

    public String signOut() {
        // the whole session goes, so its id is worthless even if it was seen
        external.invalidateSession();
        return ConsoleAccessPolicy.SIGN_IN_PAGE + "?faces-redirect=true&signedOut=true";
    }
}
