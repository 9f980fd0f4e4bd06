-- The policy exception of the seeds (COVID-19, 2020): competencies whose anniversary
-- falls in the second half of 2020 are extended to their anniversary in 2021 with the
-- requirements exempt; a lapsed competency can be reactivated by paying until the end
-- of 2020. Adding another exception is another row, not code.
INSERT INTO policy_exceptions (id, scope, rule, anniversary_from, anniversary_to, extend_to_year, requirements_exempt, available_until)
VALUES ('covid-2020-extension', 'competencies', 'extension', '2020-07-01', '2020-12-31', 2021, 1, NULL);
INSERT INTO policy_exceptions (id, scope, rule, anniversary_from, anniversary_to, extend_to_year, requirements_exempt, available_from, available_until)
VALUES ('covid-2020-reactivation', 'competencies', 'reactivation', NULL, NULL, NULL, 1, '2020-06-05', '2020-12-31');
