package com.districtbulletin.template;

import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** {@code --templates=DIR}: writes the clerks' blank templates and 填报说明 into DIR instead of running the job. */
@Component
public class TemplatesCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TemplatesCommand.class);

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!args.containsOption("templates")) {
            return;
        }
        List<String> values = args.getOptionValues("templates");
        Path folder = Path.of(values.isEmpty() || values.get(0).isBlank() ? "templates" : values.get(0));
        for (Path file : ClerkTemplates.write(folder)) {
            log.info("Template written: {}", file.toAbsolutePath());
        }
    }
}
