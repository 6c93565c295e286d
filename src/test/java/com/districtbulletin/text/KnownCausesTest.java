package com.districtbulletin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Failures as a person reads them: the cause in Chinese, never a Java class or a driver's English. */
class KnownCausesTest {

    @Test
    void knownCausesAlongTheChainReadInChinese() {
        assertThat(KnownCauses.of(new UncheckedIOException(new NoSuchFileException("/srv/out/2024"))))
                .isEqualTo("文件或目录不存在");
        assertThat(KnownCauses.of(new IllegalStateException("Failed to obtain JDBC Connection",
                new SQLException("Connection to 127.0.0.1:1 refused. Check that the hostname and port are correct"
                        + " and that the postmaster is accepting TCP/IP connections.", "08001",
                        new ConnectException("Connection refused")))))
                .isEqualTo("连接被拒绝：数据库没有启动，或地址、端口不对");
        assertThat(KnownCauses.of(new SQLException("FATAL: password authentication failed for user \"bulletin\"",
                "28P01"))).isEqualTo("用户名或密码不对");
        assertThat(KnownCauses.of(new FileSystemException("/mnt/ro/x", null, "Read-only file system")))
                .isEqualTo("磁盘或目录是只读的");
        assertThat(KnownCauses.of(new IOException("No space left on device"))).isEqualTo("磁盘空间已满");
    }

    @Test
    void anUnknownCauseSaysToLookInTheLogWhichKeepsTheOriginal() {
        RuntimeException failure = new RuntimeException("wrapped", new ArithmeticException("/ by zero"));
        assertThat(KnownCauses.of(failure)).isEqualTo("原因不明，详见日志");
        assertThat(KnownCauses.original(failure)).isEqualTo("java.lang.ArithmeticException: / by zero");
    }
}
