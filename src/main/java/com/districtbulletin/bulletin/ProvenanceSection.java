package com.districtbulletin.bulletin;

import com.districtbulletin.text.Chinese;

/**
 * 数据来源: one short paragraph for the reader — where the figures come from, the data cut-off and
 * the statistics' fingerprint. The per-file SHA-256 list is in provenance-<year>.csv.
 */
final class ProvenanceSection implements BulletinSection {

    @Override
    public void write(Composition c) {
        c.heading(Contents.PROVENANCE);
        long files = c.data.submissionsOf(c.data.year()).size();
        c.paragraph(Chinese.text("bulletin.provenance.text", c.data.year(), files,
                CoverPage.chineseDate(c.data.publicationDate()), ProvenanceFile.fileName(c.data.year())));
        c.note(Chinese.text("bulletin.provenance.fingerprintLine", c.data.fingerprint()));
        c.note(Chinese.text("bulletin.provenance.productLine", c.data.productVersion()));
    }
}
