package com.districtbulletin.registry;

/**
 * A district of the municipality as the registry gives it (data contract section 4).
 *
 * @param deputies          deputies of the district's own congress; null when not given
 * @param order             display order; null when not given
 * @param deputiesAllLevels deputies of all levels registered in the district; null when not given
 * @param since             the first year the district exists; null for no bound
 * @param until             the last year it exists; null for no bound
 * @param townships         乡镇（街道）in the district (contract v3), for the station coverage of
 *                          townships; null when not given
 */
public record District(String code, String name, Integer deputies, Integer order, Integer deputiesAllLevels,
                       Integer since, Integer until, Integer townships) {

    public District(String code, String name, Integer deputies, Integer order) {
        this(code, name, deputies, order, null, null, null, null);
    }

    public District(String code, String name, Integer deputies, Integer order, Integer deputiesAllLevels,
                    Integer since, Integer until) {
        this(code, name, deputies, order, deputiesAllLevels, since, until, null);
    }

    /** Whether the district exists in {@code year}: since ≤ year ≤ until, a missing bound being open. */
    public boolean existsIn(int year) {
        return (since == null || since <= year) && (until == null || year <= until);
    }
}
