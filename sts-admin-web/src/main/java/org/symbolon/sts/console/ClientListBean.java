package org.symbolon.sts.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.symbolon.sts.trust.ClientAdminService;

/** The registered clients, read once per request. */
@Named("clientList")
@RequestScoped
public class ClientListBean {

    @Inject
    ClientAdminService clients;

    private List<ClientRow> rows;

    public List<ClientRow> getRows() {
        if (rows == null) {
            rows = clients.list().stream().map(ClientRow::new).toList();
        }
        return rows;
    }

    // not "empty": that is a reserved word in EL
    public boolean isNoneRegistered() {
        return getRows().isEmpty();
    }
}
