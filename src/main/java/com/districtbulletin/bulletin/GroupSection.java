package com.districtbulletin.bulletin;

import com.districtbulletin.text.Chinese;

/**
 * A section of the bulletin on one or more datasets (代表工作: deputies' activities and the liaison
 * stations), as {@link SectionPlans} declares it: its heading, then each dataset's part, under a
 * subheading （一）, （二）… when the section shows more than one.
 */
final class GroupSection implements BulletinSection {

    private final SectionPlans.Plan plan;

    GroupSection(SectionPlans.Plan plan) {
        this.plan = plan;
    }

    /** The section's title: 会议情况, 代表工作情况… */
    static String title(SectionPlans.Plan plan) {
        return Chinese.text("bulletin.section." + plan.key());
    }

    @Override
    public void write(Composition c) {
        c.heading(Contents.sectionId(plan));
        boolean subheadings = plan.parts().size() > 1;
        String[] numerals = Chinese.text("bulletin.numerals").split(",");
        for (int i = 0; i < plan.parts().size(); i++) {
            SectionPlans.Part part = plan.parts().get(i);
            if (subheadings) {
                c.subheading(Chinese.text("bulletin.section.part", numerals[i],
                        DatasetSection.sectionTitle(part.dataset())));
            }
            new DatasetSection(part.dataset()).write(c);
        }
    }
}
