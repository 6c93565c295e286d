package com.districtbulletin.bulletin;

/**
 * How the bulletin is laid out for its number of districts. Up to {@link #FULL_LIMIT} (a
 * municipality) every district has its row in the tables and its bar in the charts. Beyond (a
 * province), tables and charts show the municipal figure, the quartiles and the districts at each
 * end; the full tables are in statistics.xlsx. Whatever the size, each district's profile is a PDF
 * of its own in its folder ({@link ProfileDocuments}).
 */
record Layout(boolean compact) {

    static final int FULL_LIMIT = 30;
    /** Districts shown at each end of a ranking when the layout is compact. */
    static final int AT_EACH_END = 5;

    static Layout of(int districts) {
        return new Layout(districts > FULL_LIMIT);
    }
}
