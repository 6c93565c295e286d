package com.districtbulletin;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** District Bulletin: ingest the districts' submissions, compute the statistics, publish the bulletin. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DistrictBulletinApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(DistrictBulletinApplication.class, args)));
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
