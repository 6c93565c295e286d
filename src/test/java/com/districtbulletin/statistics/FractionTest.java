package com.districtbulletin.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FractionTest {

    private static String percent(long numerator, long denominator) {
        return Fraction.percent(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator)).rounded(1).toPlainString();
    }

    @Test
    void ratesRoundHalfUpToOneDecimal() {
        assertThat(percent(86, 125)).isEqualTo("68.8");
        assertThat(percent(14, 23)).isEqualTo("60.9");
        assertThat(percent(1, 16)).isEqualTo("6.3");   // 6.25: half-up, not half-even
        assertThat(percent(1, 32)).isEqualTo("3.1");   // 3.125
        assertThat(percent(125, 125)).isEqualTo("100.0");
        assertThat(percent(0, 7)).isEqualTo("0.0");
    }

    @Test
    void comparesExactly() {
        Fraction twoThirds = Fraction.percent(BigInteger.TWO, BigInteger.valueOf(3));
        Fraction fourSixths = Fraction.percent(BigInteger.valueOf(4), BigInteger.valueOf(6));
        Fraction above = Fraction.percent(BigInteger.valueOf(667), BigInteger.valueOf(1000));
        assertThat(twoThirds.compareTo(fourSixths)).isZero();
        assertThat(above.compareTo(twoThirds)).isPositive();
    }
}
