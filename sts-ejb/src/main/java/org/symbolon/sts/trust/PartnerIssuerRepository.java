package org.symbolon.sts.trust;

import java.util.List;
import java.util.Optional;

public interface PartnerIssuerRepository {

    Optional<PartnerIssuer> find(String issuerId);

    Optional<PartnerIssuer> findByIssuer(String issuer);

    List<PartnerIssuer> findAll();

    void insert(PartnerIssuer partner);

    void update(PartnerIssuer partner);

    boolean delete(String issuerId);
}
