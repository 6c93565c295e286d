package com.districtbulletin.edition;

import java.util.List;

/** What a revised final edition prints in its 修订说明: its number and every figure it changed. */
public record Revision(int number, List<RevisionLine> lines) {

    public static final Revision NONE = new Revision(0, List.of());

    public Revision {
        lines = List.copyOf(lines);
    }

    public boolean revised() {
        return number > 0;
    }
}
