package org.symbolon.sts.claims;

import java.util.Map;
import java.util.Set;

/** One declarative claims rule kind. Rules change the claims in place and say which claims they wrote. */
public interface ClaimsRule {

    String kind();

    /** Applies the rule; returns the names of the claims it set (removed claims are simply gone). */
    Set<String> apply(Map<String, Object> claims);
}
