package com.districtbulletin.job;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Batch's Micrometer metrics (spring.batch.job, .step, .item.read, .item.process,
 * .chunk.write timers): Spring Batch records them once an {@link ObservationRegistry} bean
 * exists. They go to an in-memory {@link MeterRegistry}, whose spring.batch meters the run
 * summary logs and writes to {@code run-summary.json} for a log-based monitor.
 */
@Configuration
class BatchMetricsConfiguration {

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Bean
    ObservationRegistry observationRegistry(MeterRegistry meters) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        return registry;
    }
}
