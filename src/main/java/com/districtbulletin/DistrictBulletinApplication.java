package com.districtbulletin;

import com.districtbulletin.launch.CommandLineDispatch;
import com.districtbulletin.launch.StartupFailures;
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
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (see ExitCodes). */
    public static int run(String... args) {
        return CommandLineDispatch.run(args, System.getenv(), DistrictBulletinApplication::runJob);
    }

    private static int runJob(String... args) {
        try {
            return SpringApplication.exit(SpringApplication.run(DistrictBulletinApplication.class, args));
        } catch (Throwable startupFailure) {
            return StartupFailures.report(startupFailure, args);
        }
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
