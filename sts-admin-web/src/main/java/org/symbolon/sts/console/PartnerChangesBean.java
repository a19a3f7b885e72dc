package org.symbolon.sts.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Consumer;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.trust.PartnerAdminService;

/**
 * Enabling, disabling and deleting the partner on the detail page. Each is a form post (its view
 * state key is the CSRF token) and is audited by the service with the signed-in administrator as actor.
 */
@Named("partnerChanges")
@RequestScoped
public class PartnerChangesBean {

    @Inject
    PartnerAdminService partners;

    @Inject
    PartnerDetailBean detail;

    @Inject
    CurrentAdminBean currentAdmin;

    @Inject
    FacesContext faces;

    public String enable() {
        return change(id -> partners.setEnabled(id, true, actor()), detailPage("enabled"));
    }

    public String disable() {
        return change(id -> partners.setEnabled(id, false, actor()), detailPage("disabled"));
    }

    public String delete() {
        return change(id -> partners.delete(id, actor()), ConsoleAccessPolicy.PARTNERS_PAGE
                + "?faces-redirect=true&deleted=true");
    }

    /** Redirects after a change (a reload never posts it twice); a refusal stays on the page and says why. */
    private String change(Consumer<String> action, String next) {
        try {
            action.accept(detail.getIssuerId());
            return next;
        } catch (StsException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The change was refused: " + refused.description(), null));
            detail.lookAgain();
            return null;
        }
    }

    private String detailPage(String changed) {
        // issuer ids are letters, digits and . _ ~ - only: nothing in them needs escaping in a URL
        return ConsoleAccessPolicy.PARTNER_PAGE + "?faces-redirect=true&issuerId=" + detail.getIssuerId()
                + "&changed=" + changed;
    }

    private String actor() {
        String username = currentAdmin.getUsername();
        if (username.isEmpty()) {
            // the sign-in filter lets no anonymous request this far; an unattributed change is never made
            throw new IllegalStateException("A console change without a signed-in administrator");
        }
        return username;
    }
}
