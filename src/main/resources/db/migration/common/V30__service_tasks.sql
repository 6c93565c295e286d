-- Contract v3: accepted rows of service_tasks (中心工作); columns as declared in com.districtbulletin.dataset.Dataset.
CREATE TABLE service_tasks (
    submission_id   BIGINT      NOT NULL,
    line_no         INTEGER     NOT NULL,
    task_id         VARCHAR     NOT NULL,
    task_type       VARCHAR(40) NOT NULL,
    subject         VARCHAR     NOT NULL,
    start_date      DATE        NOT NULL,
    end_date        DATE,
    issues_resolved BIGINT      NOT NULL
);
CREATE INDEX service_tasks_by_submission ON service_tasks (submission_id);
