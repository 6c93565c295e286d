package com.districtbulletin.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.CollectedColumns.DistrictYear;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A receipt's fingerprint (issue 21) covers the lines contract v3 added to it (v3 sections 10.3,
 * 10.18): were it blind to them, a receipt written before would be kept though it now says less.
 */
class ReceiptFingerprintTest {

    private static Receipt receipt(DistrictYear collected) {
        return new Receipt(2024, new District("420115", "江夏区", 300, 1), List.of(), List.of(), List.of(), Map.of(),
                collected);
    }

    private static String fingerprint(Receipt receipt) {
        return Receipts.fingerprint(receipt, "d1");
    }

    @Test
    void theAbsentColumnsAndTheNotV3LineCount() {
        String none = fingerprint(receipt(null));
        String v2 = fingerprint(receipt(new DistrictYear(false, Map.of())));
        String v3Complete = fingerprint(receipt(new DistrictYear(true, Map.of(Dataset.MEETINGS, List.of()))));
        String v3Lacking = fingerprint(receipt(new DistrictYear(true,
                Map.of(Dataset.MEETINGS, List.of(Dataset.MEETINGS.columnNamed("speeches").alias())))));

        assertThat(List.of(none, v2, v3Complete, v3Lacking)).doesNotHaveDuplicates();
        assertThat(fingerprint(receipt(new DistrictYear(true, Map.of(Dataset.MEETINGS, List.of())))))
                .as("the same content, the same fingerprint").isEqualTo(v3Complete);
    }

    @Test
    void theDistrictsFiguresCountByTheirDigest() {
        Receipt receipt = receipt(null);

        assertThat(Receipts.fingerprint(receipt, "d2")).isNotEqualTo(fingerprint(receipt));
        assertThat(Receipts.fingerprint(receipt, null)).isNotEqualTo(fingerprint(receipt));
    }
}
