package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.data.BulletinData;

import java.util.Map;

/**
 * A bulletin rendered in memory, not yet written.
 *
 * @param pdf        the PDF's bytes
 * @param charts     PNG bytes by file name, in the bulletin's order
 * @param provenance provenance-<year>.csv's bytes
 * @param data       what it was rendered from (the district profiles are rendered as they are written)
 */
public record RenderedBulletin(int year, byte[] pdf, Map<String, byte[]> charts, int pages, byte[] provenance,
                               BulletinData data) {
}
