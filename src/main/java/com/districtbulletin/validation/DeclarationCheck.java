package com.districtbulletin.validation;

import org.springframework.stereotype.Component;

/**
 * Builds the row rules of every declared dataset when the application starts, so that a
 * declaration naming an unknown column, choice or problem code stops the program at start-up
 * rather than at the first file of that dataset.
 */
@Component
public class DeclarationCheck {

    public DeclarationCheck() {
        if (RowRule.BY_DATASET.isEmpty()) {
            throw new IllegalStateException("No dataset is declared");
        }
    }
}
