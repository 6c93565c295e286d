package com.districtbulletin.registry;

import java.util.List;
import java.util.Optional;

/**
 * The district a reported file belongs to by its name (data contract section 1): the one whose
 * registry code, or registry name, is the text before the name's first {@code _}.
 */
public final class FileDistrict {

    private FileDistrict() {
    }

    public static Optional<District> of(String fileName, List<District> registry) {
        int underscore = fileName.indexOf('_');
        if (underscore <= 0) {
            return Optional.empty();
        }
        String prefix = fileName.substring(0, underscore);
        return registry.stream().filter(d -> d.code().equals(prefix) || d.name().equals(prefix)).findFirst();
    }
}
