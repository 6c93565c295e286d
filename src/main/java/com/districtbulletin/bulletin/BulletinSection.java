package com.districtbulletin.bulletin;

/** A part of the bulletin, written into the composition in turn. */
interface BulletinSection {

    void write(Composition c);
}
