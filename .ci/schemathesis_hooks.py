"""Schemathesis hooks for Khiên (loaded by `schemathesis.toml`; run from the repository root).

A few rules of the API cannot be written in JSON Schema: they depend on what the registry
holds or on the clock, compare two fields, or compute something (a check digit, a personal
data screen, an encoded size). The OpenAPI document states them in words; a request that
breaks one of them is schema-valid yet refused with 422, which schemathesis reports as
"Schema-valid request rejected" (ST202).

`filter_failure` drops exactly those reports: a 422 whose every field error (or, for a problem
without field errors, whose detail) is one of the rules below, as the server words it. Any
other rejection of schema-valid data remains a failure.
"""

import schemathesis

# The server's wording of each rule, and why no schema can state it.
UNEXPRESSIBLE = [
    (
        "refers to a record that does not exist in this organisation",
        "parent_id and asset_ids must name assets the registry holds",
    ),
    (
        "the officer must be a member of the organisation",
        "dpo_user_id must name a current member",
    ),
    (
        "the supervisor role exists only in organisations of kind `authority`",
        "depends on the kind the organisation has in the registry",
    ),
    (
        "a token can only carry roles within those its owner holds",
        "depends on the caller's roles",
    ),
    (
        "the check digit does not match",
        "a tax code's check digit is a weighted sum modulo 11",
    ),
    (
        "the designation cannot start before the date of the designating document",
        "compares two dates of the body",
    ),
    (
        "chứa dữ liệu cá nhân",
        "the processing log's free texts are screened by the personal data detectors",
    ),
    (
        "must not contain personal data",
        "a destruction's reason goes into a signed certificate: screened by the detectors",
    ),
    (
        "no such case in this organisation",
        "case_id must name a case the registry holds",
    ),
    (
        "at most 64 KiB in all",
        "a vault record's encoded size is limited",
    ),
    (
        "an X.509 certificate in PEM",
        "a recipient certificate must parse as X.509",
    ),
    (
        "an RSA or EC P-256 certificate",
        "the recipient certificate's key type",
    ),
    (
        "entry larger than",
        "a log entry's encoded size is limited (16 KiB)",
    ),
    (
        "the subjects with sensitive data are counted in the total",
        "a profile's sensitive subjects cannot outnumber all its subjects (two fields)",
    ),
    (
        "a household business has the size class `household`",
        "a profile's household flag and size class agree (two fields)",
    ),
    (
        "cannot precede `",
        "a register entry's end date cannot precede its start (two fields)",
    ),
    (
        "not in the future",
        "a consent's given_at and a withdrawal's withdrawn_at depend on the clock",
    ),
    (
        "not before the consent was given",
        "a withdrawal is compared with the stored consent's given_at",
    ),
    (
        "on or before the day the consent was given",
        "a birth date is compared with the consent's given_at (two fields)",
    ),
    (
        "Law 91/2025 Art. 24(2)",
        "a child's consent (age from birth_date and given_at) needs a representative, and from "
        "7 years the child's own consent for private life (several fields)",
    ),
    (
        "Decree 356/2025 Art. 6(4)",
        "sensitive data need sensitive_notice (two fields)",
    ),
    (
        "name at least one recipient or subject",
        "a round of breach notices names recipients or subjects (either of two fields)",
    ),
    (
        "a refusal states its reason",
        "reason is required when decision is refuse (two fields)",
    ),
    (
        "instants between 1900 and now",
        "a breach's discovery and occurrence cannot lie in the future (the clock)",
    ),
    (
        "cannot be after the breach was discovered",
        "occurred_at is compared with discovered_at (two fields)",
    ),
    (
        "the code is not right",
        "the one-time code is the one e-mailed to the sender; any six digits fit the schema",
    ),
    (
        "record these facts first",
        "notices need the breach's facts stored on the case first",
    ),
    (
        "not final: ",
        "render?draft=false refuses a document while the registry and the data leave blanks",
    ),
]


def _excused(message: str) -> bool:
    return any(rule in message for rule, _ in UNEXPRESSIBLE)


@schemathesis.hook
def filter_failure(context, failure, case, response):
    """Keeps every failure but a 422 for schema-valid data that breaks only the rules above."""
    if getattr(failure, "code", None) != "ST202":
        return True
    if response.status_code == 410:
        # Gone: a data subject destroyed earlier in the same run (the stateful phase writes,
        # then destroys, then asks again); the state, not the request, decides it.
        return False
    if response.status_code != 422:
        return True
    try:
        problem = response.json()
    except ValueError:
        return True
    if not isinstance(problem, dict):
        return True
    errors = problem.get("errors") or []
    messages = [str(e.get("detail", "")) for e in errors if isinstance(e, dict)]
    if not messages:
        messages = [str(problem.get("detail", ""))]
    return not all(_excused(m) for m in messages)
