-- Contract v2: accepted rows of reviews (履职评议); columns as declared in com.districtbulletin.dataset.Dataset.
CREATE TABLE reviews (
    submission_id BIGINT      NOT NULL,
    line_no       INTEGER     NOT NULL,
    review_id     VARCHAR     NOT NULL,
    review_date   DATE        NOT NULL,
    form          VARCHAR(40) NOT NULL,
    organ         VARCHAR(40) NOT NULL,
    position      VARCHAR     NOT NULL,
    person_name   VARCHAR,
    result        VARCHAR(40)
);
CREATE INDEX reviews_by_submission ON reviews (submission_id);
