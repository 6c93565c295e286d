package com.districtbulletin.dataset;

/** The cell types of the data contract (section 2). */
public enum ColumnType {
    TEXT, INTEGER, DATE, BOOLEAN, ENUM
}
