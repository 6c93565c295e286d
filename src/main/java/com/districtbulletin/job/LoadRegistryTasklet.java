package com.districtbulletin.job;

import com.districtbulletin.registry.District;
import com.districtbulletin.registry.DistrictStore;
import com.districtbulletin.registry.RegistryReader;
import com.districtbulletin.submission.InputFolder;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Step 1: read the registry of districts; any fault in it stops the run. */
class LoadRegistryTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(LoadRegistryTasklet.class);

    private final DistrictStore districts;
    private final InputFolder input;

    LoadRegistryTasklet(DistrictStore districts, InputFolder input) {
        this.districts = districts;
        this.input = input;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<District> registry = RegistryReader.read(input.registry());
        districts.replaceAll(registry);
        log.info("Registry {}: {} districts", input.registry(), registry.size());
        return RepeatStatus.FINISHED;
    }
}
