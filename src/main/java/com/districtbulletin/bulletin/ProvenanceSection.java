package com.districtbulletin.bulletin;

import com.districtbulletin.text.Chinese;

/**
 * 数据来源: short paragraphs for the reader — where the figures come from, the data cut-off, the
 * file that lists every submission file with its fingerprint (provenance-<year>.csv), and where
 * each district's profile is. No hash and no product name: those are for analysts, in the files.
 */
final class ProvenanceSection implements BulletinSection {

    @Override
    public void write(Composition c) {
        c.heading(Contents.PROVENANCE);
        long files = c.data.submissionsOf(c.data.year()).size();
        c.paragraph(Chinese.text("bulletin.provenance.text", c.data.year(), files,
                CoverPage.chineseDate(c.data.publicationDate()), ProvenanceFile.fileName(c.data.year())));
        c.paragraph(Chinese.text("bulletin.provenance.profiles", c.data.year()));
        c.note(Chinese.text("bulletin.provenance.fontLine"));
    }
}
