package org.symbolon.sts.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.symbolon.sts.token.saml.AcsEndpoint;
import org.symbolon.sts.token.saml.SloEndpoint;

/** A service provider's endpoints in their columns: one a line, fields separated by tabs (URLs hold neither). */
final class ServiceProviderEndpoints {

    private ServiceProviderEndpoints() {
    }

    static String writeAcs(List<AcsEndpoint> endpoints) {
        return endpoints.stream().map(a -> String.join("\t", a.binding(), a.location(),
                a.index() == null ? "" : a.index().toString(), a.isDefault() == null ? "" : a.isDefault().toString()))
                .collect(Collectors.joining("\n"));
    }

    static List<AcsEndpoint> readAcs(String column) {
        return lines(column).stream().map(line -> line.split("\t", -1))
                .map(f -> new AcsEndpoint(f[0], f[1], f[2].isEmpty() ? null : Integer.valueOf(f[2]),
                        f[3].isEmpty() ? null : Boolean.valueOf(f[3])))
                .toList();
    }

    static String writeSlo(List<SloEndpoint> endpoints) {
        return endpoints.stream().map(s -> String.join("\t", s.binding(), s.location(),
                s.responseLocation() == null ? "" : s.responseLocation())).collect(Collectors.joining("\n"));
    }

    static List<SloEndpoint> readSlo(String column) {
        return lines(column).stream().map(line -> line.split("\t", -1))
                .map(f -> new SloEndpoint(f[0], f[1], f[2].isEmpty() ? null : f[2])).toList();
    }

    static String writeWords(List<String> words) {
        return String.join(" ", words);
    }

    static List<String> readWords(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.asList(column.trim().split(" +"));
    }

    private static List<String> lines(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n"));
    }
}
