package org.symbolon.sts.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.error.StsException;
import org.symbolon.sts.trust.PartnerAdminService;

/**
 * The partner that partner.xhtml?issuerId=... shows, and whether its deletion is being confirmed
 * ({@code confirm=delete}). View scoped, so a form posted from the page acts on the partner as the
 * page showed it, and the buttons it rendered are the ones that are there when the post arrives.
 */
@Named("partnerDetail")
@ViewScoped
public class PartnerDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CONFIRM_DELETE = "delete";

    @Inject
    PartnerAdminService partners;

    private String issuerId;
    private String confirm;
    private transient PartnerDetails partner;
    private transient boolean looked;

    /** The partner, or null when there is none with this id. */
    public PartnerDetails getPartner() {
        if (!looked) {
            partner = issuerId == null || issuerId.isBlank() ? null : find(issuerId);
            looked = true;
        }
        return partner;
    }

    private PartnerDetails find(String id) {
        try {
            return new PartnerDetails(partners.get(id), UtcClock.now());
        } catch (StsException unknown) {
            return null;
        }
    }

    public boolean isFound() {
        return getPartner() != null;
    }

    public boolean isConfirmingDelete() {
        return CONFIRM_DELETE.equals(confirm) && isFound();
    }

    /** After a refused change the page shows the partner as it is now, or that it is gone. */
    void lookAgain() {
        looked = false;
    }

    public String getIssuerId() {
        return issuerId;
    }

    public void setIssuerId(String issuerId) {
        this.issuerId = issuerId;
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }
}
