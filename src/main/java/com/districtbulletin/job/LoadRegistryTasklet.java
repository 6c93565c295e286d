package com.districtbulletin.job;

import com.districtbulletin.registry.District;
import com.districtbulletin.registry.DistrictStore;
import com.districtbulletin.registry.RegistryChange;
import com.districtbulletin.registry.RegistryReader;
import com.districtbulletin.submission.InputFolder;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1: read the registry of districts; any fault in it stops the run. How it differs from the
 * registry of the run before is logged and kept in the job's context, for the step that settles
 * the editions to say which years it moves.
 */
class LoadRegistryTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(LoadRegistryTasklet.class);

    /** The sentence saying how the registry changed since the run before; absent when it did not. */
    static final String CHANGE = "registry.change";
    /** The districts added without a first year, one "code name" a line. */
    static final String ADDED_WITHOUT_SINCE = "registry.addedWithoutSince";

    private final DistrictStore districts;
    private final InputFolder input;

    LoadRegistryTasklet(DistrictStore districts, InputFolder input) {
        this.districts = districts;
        this.input = input;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<District> registry = RegistryReader.read(input.registry());
        List<District> stored = districts.all();
        RegistryChange change = RegistryChange.between(stored, registry);
        // the same rows: left as they are (a night rewrote 2,800 identical rows)
        if (stored.size() != registry.size() || !new HashSet<>(stored).containsAll(registry)) {
            districts.replaceAll(registry);
        }
        log.info("Registry {}: {} districts", input.registry(), registry.size());
        if (!change.isEmpty()) {
            log.info(change.describe());
            ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution()
                    .getExecutionContext();
            job.putString(CHANGE, change.describe());
            job.putString(ADDED_WITHOUT_SINCE, String.join("\n",
                    change.addedWithoutSince().stream().map(d -> RegistryChange.names(List.of(d))).toList()));
        }
        return RepeatStatus.FINISHED;
    }
}
