package com.districtbulletin.statistics;

/**
 * How the bulletin's prose states a count: verb, object and measure word, as the work reports
 * phrase it — 召开 常委会会议 9 次, 听取和审议 专项工作报告 30 项, 依法任免 国家机关工作人员 304 人次.
 *
 * @param verb        e.g. 听取和审议
 * @param object      what is counted, e.g. 专项工作报告; may be empty (任命 5 人次)
 * @param measureWord 次, 项, 件, 人次, 个, 条 or 人
 */
public record Phrase(String verb, String object, String measureWord) {

    /** The clause for {@code value}: 召开常委会会议9次. */
    public String clause(String value) {
        return verb + object + value + measureWord;
    }
}
