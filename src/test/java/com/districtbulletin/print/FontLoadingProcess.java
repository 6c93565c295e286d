package com.districtbulletin.print;

/** A process that loads the bulletin's fonts as a run does, says so, and waits to be killed. */
public final class FontLoadingProcess {

    static final String LOADED = "fonts loaded";

    private FontLoadingProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        BulletinFonts.preload();
        for (BulletinFonts.Face face : BulletinFonts.Face.values()) {
            BulletinFonts.checkedForCharts("江夏区", face);
        }
        System.out.println(LOADED);
        System.out.flush();
        Thread.sleep(600_000);
    }
}
