package org.symbolon.sts.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import org.symbolon.sts.config.UtcClock;
import org.symbolon.sts.trust.PartnerAdminService;

/** The trusted partner issuers, read once per request. */
@Named("partnerList")
@RequestScoped
public class PartnerListBean {

    @Inject
    PartnerAdminService partners;

    private List<PartnerRow> rows;

    public List<PartnerRow> getRows() {
        if (rows == null) {
            LocalDateTime now = UtcClock.now();
            rows = partners.list().stream().map(p -> new PartnerRow(p, now)).toList();
        }
        return rows;
    }

    // not "empty": that is a reserved word in EL
    public boolean isNoneRegistered() {
        return getRows().isEmpty();
    }
}
