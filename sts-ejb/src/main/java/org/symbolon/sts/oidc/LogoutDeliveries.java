package org.symbolon.sts.oidc;

import java.util.List;

/** CDI event: Logout Tokens written for an ended session, to be sent once its transaction has committed. */
public record LogoutDeliveries(List<LogoutDelivery> deliveries) {

    public LogoutDeliveries {
        deliveries = List.copyOf(deliveries);
    }
}
