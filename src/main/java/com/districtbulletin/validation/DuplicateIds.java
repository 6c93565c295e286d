package com.districtbulletin.validation;

import java.util.HashSet;
import java.util.Set;

/**
 * Finds ids that may occur more than once in a file without keeping the ids: a set of 64-bit
 * hashes, 16 bytes a row at most. Every id whose hash was seen before is a suspect; suspects
 * are confirmed by counting the real ids in a second pass, so a hash collision never rejects
 * a row.
 */
public final class DuplicateIds {

    private long[] slots = new long[1 << 12];
    private int size;
    private boolean zeroSeen;
    private final Set<String> suspects = new HashSet<>();

    public void add(String id) {
        if (id.isEmpty()) {
            return;
        }
        long hash = hash(id);
        if (hash == 0) {
            if (zeroSeen) {
                suspects.add(id);
            }
            zeroSeen = true;
            return;
        }
        if (!insert(hash)) {
            suspects.add(id);
        }
    }

    /** Ids that may be duplicated; empty when every id is certainly unique. */
    public Set<String> suspects() {
        return suspects;
    }

    private boolean insert(long hash) {
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = (int) (hash ^ (hash >>> 32)) & mask;
        while (slots[i] != 0) {
            if (slots[i] == hash) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = hash;
        size++;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long h : old) {
            if (h != 0) {
                insert(h);
            }
        }
    }

    /** FNV-1a over the UTF-16 units. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
