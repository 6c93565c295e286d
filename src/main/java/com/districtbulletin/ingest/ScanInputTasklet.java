package com.districtbulletin.ingest;

import com.districtbulletin.dataset.Reference;
import com.districtbulletin.registry.DistrictStore;
import com.districtbulletin.storage.InputFileRecord;
import com.districtbulletin.storage.StoredSubmission;
import com.districtbulletin.storage.SubmissionStore.KnownFile;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.submission.DecodedFile;
import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.submission.SubmissionKey;
import com.districtbulletin.submission.SubmissionReadException;
import com.districtbulletin.validation.Problem;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Plans the ingest: judges every file of the input folder by its name (FILE_NAME,
 * UNKNOWN_DISTRICT, CONFLICTING_FILES) and, when a version of its key is in force or its path
 * was rejected before, by its fingerprint (a file with nothing to compare with is planned
 * unread: the ingest fingerprints it as it reads it), and records the folder's
 * snapshot with the files whose content must be read, in the order they are to be read
 * (meetings first, so that appointments are checked against the meetings of their year).
 *
 * <p>A file is not read again when its content is the version in force, or was already
 * rejected whole at that path — except an appointments file whose year's meetings file is
 * planned: the meetings it names may have changed.
 *
 * <p>A file whose {@link FileSignature signature} is the one it had when last fingerprinted keeps
 * that fingerprint without being read (it is still opened, as any file compared is).
 */
public class ScanInputTasklet implements Tasklet {

    static final String FILES_FOUND = "files.found";
    static final String FILES_PLANNED = "files.planned";
    static final String FILES_UNCHANGED = "files.unchanged";
    /**
     * The years of the files this run reads, finds unreadable or newly rejects by their name,
     * comma-separated: the years whose validation report and receipts the run rewrites. Promoted
     * to the job's context.
     */
    public static final String YEARS_READ = "years.read";
    static final String FILES_REJECTED = "files.rejected";
    static final String FILES_UNREADABLE = "files.unreadable";
    /** Files whose fingerprint was known by their signature on disk, not read. */
    static final String FINGERPRINTS_KEPT = "files.fingerprintsKept";

    private static final Logger log = LoggerFactory.getLogger(ScanInputTasklet.class);

    private final InputFolder input;
    private final SubmissionStore store;
    private final DistrictStore districts;

    public ScanInputTasklet(InputFolder input, SubmissionStore store, DistrictStore districts) {
        this.input = input;
        this.store = store;
        this.districts = districts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        int fingerprintsKept = 0;
        InputScan scan = InputScan.of(input.submissionFiles(), districts.all());
        Map<SubmissionKey, StoredSubmission> inForce = store.currentVersions();
        Map<String, Long> rejectedContents = store.rejectedContents();
        Map<String, KnownFile> known = store.knownFiles();
        // the file system's clock, not the run's (which tests may fix)
        Instant now = Instant.now();

        List<InputFileRecord> snapshot = new ArrayList<>();
        int rejected = 0;
        Set<Integer> yearsRead = new java.util.TreeSet<>();
        Set<String> rejectedBefore = store.rejectedByName();
        for (ScannedFile file : scan.rejectedByName()) {
            snapshot.add(new InputFileRecord(file.path(), file.year(), null, null, file.nameProblem().code(),
                    file.nameProblem().message(), null));
            if (file.year() != null && !rejectedBefore.contains(file.path() + "|" + file.nameProblem().code())) {
                yearsRead.add(file.year()); // new in the folder: its year's report must show it
            }
            rejected++;
        }
        List<ScannedFile> toRead = new ArrayList<>();
        List<String> shas = new ArrayList<>();
        Map<String, String> signatures = new HashMap<>();
        Set<SubmissionKey> changed = new HashSet<>();
        Set<String> pathsRejectedBefore = rejectedContents.keySet().stream()
                .map(pathAndSha -> pathAndSha.substring(0, pathAndSha.lastIndexOf(' '))).collect(Collectors.toSet());
        int unreadable = 0;
        List<ScannedFile> toIngest = scan.toIngest();
        // the files are looked at on every core: a stat and an open each when unchanged, a read when not
        List<Look> looks = toIngest.parallelStream().map(file -> look(file, now,
                inForce.containsKey(file.key()) || pathsRejectedBefore.contains(file.path()), known)).toList();
        for (int i = 0; i < toIngest.size(); i++) {
            ScannedFile file = toIngest.get(i);
            Look look = looks.get(i);
            if (look.failure() != null) {
                Problem problem = UnreadableFile.problem(file.path(), look.failure());
                snapshot.add(new InputFileRecord(file.path(), file.year(), null, null, problem.code(),
                        problem.message(), null));
                yearsRead.add(file.year());
                unreadable++;
                continue;
            }
            String sha = look.sha();
            String signature = look.signature();
            fingerprintsKept += look.kept() ? 1 : 0;
            toRead.add(file);
            shas.add(sha);
            if (signature != null) {
                signatures.put(file.path(), signature);
            }
            StoredSubmission current = inForce.get(file.key());
            if (sha == null || (current == null || !current.sha256().equals(sha))
                    && !rejectedContents.containsKey(file.path() + " " + sha)) {
                changed.add(file.key());
            }
        }
        int planned = 0;
        int unchanged = 0;
        for (int i = 0; i < toRead.size(); i++) {
            ScannedFile file = toRead.get(i);
            String sha = shas.get(i);
            StoredSubmission current = inForce.get(file.key());
            Long knownRejected = sha == null ? null : rejectedContents.get(file.path() + " " + sha);
            if (changed.contains(file.key()) || namesChangedRows(file.key(), changed)) {
                Long sameContent = current != null && current.sha256().equals(sha) ? current.id() : null;
                snapshot.add(new InputFileRecord(file.path(), file.year(), sha, sameContent, null, null, planned++,
                        signatures.get(file.path())));
                yearsRead.add(file.year());
            } else if (current != null && current.sha256().equals(sha)) {
                snapshot.add(new InputFileRecord(file.path(), file.year(), sha, current.id(), null, null, null,
                        signatures.get(file.path())));
                unchanged++;
            } else {
                snapshot.add(new InputFileRecord(file.path(), file.year(), sha, knownRejected, null, null, null,
                        signatures.get(file.path())));
                rejected++;
            }
        }
        store.replaceInputFiles(snapshot);

        for (int i = 0; i < snapshot.size(); i++) {
            contribution.incrementReadCount();
        }
        contribution.incrementWriteCount(planned);
        contribution.incrementFilterCount(snapshot.size() - planned);
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        context.putLong(FILES_FOUND, snapshot.size());
        context.putLong(FILES_PLANNED, planned);
        context.putLong(FILES_UNCHANGED, unchanged);
        context.putLong(FILES_REJECTED, rejected);
        context.putLong(FILES_UNREADABLE, unreadable);
        context.putLong(FINGERPRINTS_KEPT, fingerprintsKept);
        context.putString(YEARS_READ, String.join(",", yearsRead.stream().map(String::valueOf).toList()));
        log.info("Input {}: {} files, {} to read, {} unchanged, {} rejected by name or already rejected, {} unreadable;"
                + " {} fingerprints known by the file's signature", input.root(), snapshot.size(), planned, unchanged,
                rejected, unreadable, fingerprintsKept);
        return RepeatStatus.FINISHED;
    }

    /**
     * What the scan sees of one file: its signature, taken before its content is read, and, when
     * {@code compare}, its fingerprint — the one known for that signature, else read from its bytes
     * (a file with nothing stored to compare with is read anyway: the ingest fingerprints it).
     */
    private Look look(ScannedFile file, Instant now, boolean compare, Map<String, KnownFile> known) {
        Path path = input.resolve(file.path());
        String signature = FileSignature.of(path, now);
        try {
            if (!compare) {
                DecodedFile.checkOpenable(path);
                return new Look(signature, null, false, null);
            }
            KnownFile was = known.get(file.path());
            if (signature != null && was != null && signature.equals(was.signature())) {
                DecodedFile.checkOpenable(path); // still opened, as every file compared is
                return new Look(signature, was.sha256(), true, null);
            }
            return new Look(signature, DecodedFile.fingerprint(path), false, null);
        } catch (SubmissionReadException e) {
            return new Look(null, null, false, e);
        }
    }

    private record Look(String signature, String sha, boolean kept, SubmissionReadException failure) {
    }

    /** Whether the file's rows name rows of a submission whose file is to be read. */
    private static boolean namesChangedRows(SubmissionKey key, Set<SubmissionKey> changed) {
        Reference reference = References.of(key.dataset());
        return reference != null && changed.contains(References.targetKey(key, reference));
    }
}
