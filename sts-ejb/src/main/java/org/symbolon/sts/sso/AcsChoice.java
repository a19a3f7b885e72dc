package org.symbolon.sts.sso;

import java.util.List;
import java.util.Optional;
import org.symbolon.sts.token.saml.AcsEndpoint;
import org.symbolon.sts.token.saml.IncomingAuthnRequest;
import org.symbolon.sts.token.saml.ServiceProviderMetadata;

/**
 * Which of the service provider's registered ACS endpoints a request is answered at (SAML core 3.4.1):
 * by index, or by exact URL (and ProtocolBinding when given), or the default one. A URL that is not in
 * the metadata is never used, signed request or not.
 */
final class AcsChoice {

    private AcsChoice() {
    }

    /** The ACS, or empty when the request names one the metadata does not have. */
    static Optional<AcsEndpoint> choose(IncomingAuthnRequest request, ServiceProviderMetadata metadata) {
        List<AcsEndpoint> all = metadata.assertionConsumerServices();
        Integer index = request.assertionConsumerServiceIndex();
        String url = request.assertionConsumerServiceUrl();
        String binding = request.protocolBinding();
        if (index != null) {
            if (url != null || binding != null) {
                return Optional.empty(); // the index excludes the other two (SAML core 3.4.1)
            }
            return all.stream().filter(a -> index.equals(a.index())).findFirst();
        }
        if (url != null) {
            return all.stream().filter(a -> a.location().equals(url))
                    .filter(a -> binding == null || binding.equals(a.binding())).findFirst();
        }
        if (binding != null) {
            AcsEndpoint byDefault = metadata.defaultAcs();
            return binding.equals(byDefault.binding()) ? Optional.of(byDefault)
                    : all.stream().filter(a -> binding.equals(a.binding())).findFirst();
        }
        return Optional.of(metadata.defaultAcs());
    }
}
