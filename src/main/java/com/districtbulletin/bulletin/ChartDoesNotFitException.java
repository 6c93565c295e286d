package com.districtbulletin.bulletin;

/** A chart taller than a page: the run fails rather than print a page without it. */
public class ChartDoesNotFitException extends IllegalStateException {

    public ChartDoesNotFitException(String message) {
        super(message);
    }
}
