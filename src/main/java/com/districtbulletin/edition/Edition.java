package com.districtbulletin.edition;

import com.districtbulletin.text.Chinese;

/** Whether the bulletin publishes provisional (初步) or final (正式) figures. */
public enum Edition {
    PROVISIONAL, FINAL;

    /** 初步 or 正式. */
    public String label() {
        return Chinese.text("bulletin.edition." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
