package com.districtbulletin.launch;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * On PostgreSQL the product's tables and Spring Batch's live in their own schema
 * ({@code bulletin.schema}, default {@code bulletin}), which Flyway creates when it is missing:
 * a database that already holds other tables works as it is, and nothing is written to
 * {@code public}. Every connection of the pool searches that schema only. The embedded H2
 * database is the product's alone and keeps its tables where they always were.
 */
@Configuration(proxyBeanMethods = false)
public class PostgresSchema {

    static boolean isPostgres(String url) {
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    @Bean
    static BeanPostProcessor postgresSchemaOnEveryConnection(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && isPostgres(pool.getJdbcUrl())) {
                    pool.setSchema(environment.getProperty("bulletin.schema", "bulletin"));
                }
                return bean;
            }
        };
    }

    @Bean
    FlywayConfigurationCustomizer postgresSchemaForMigrations(@Value("${spring.datasource.url:}") String url,
                                                              @Value("${bulletin.schema:bulletin}") String schema) {
        return flyway -> {
            if (isPostgres(url)) {
                flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
            }
        };
    }
}
