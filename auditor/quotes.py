"""Attributions as quote records: the output of `auditor attribute` and the prediction
format of the attribution benchmark (offsets into the plain text given)."""

from __future__ import annotations

from .models import Attribution, AttributionMode, Audit, Paragraph

BENCH_TYPES = {AttributionMode.DIRECT: "direct", AttributionMode.MIXED: "mixed",
               AttributionMode.REPORTED: "indirect"}


def quote_records(audit: Audit) -> list[dict]:
    """One record per attribution: content offsets in the text, speaker, cue, type.

    A quotation that continues the one before it in the same paragraph, by the same source
    ('“A,” he said. “B.”'), extends that record (quote_spans keeps both parts), as the
    annotated corpora count it: one statement.
    """
    records: list[dict] = []
    last_paragraph = None
    for claim, attribution in zip(audit.claims, audit.attributions):
        if attribution.mode == AttributionMode.OWN or attribution.content_start is None:
            continue
        paragraph = audit.article.paragraphs[claim.paragraph]
        base = paragraph.offset or 0
        source = attribution.source
        if (records and last_paragraph == claim.paragraph and attribution.cue is None and source
                and records[-1]["speaker_canonical"] == source.name):
            previous = records[-1]
            previous["quote_spans"].append([base + attribution.content_start, base + attribution.content_end])
            previous["quote_end"] = base + attribution.content_end
            previous["quote_text"] = paragraph.text[previous["quote_start"] - base:attribution.content_end]
            continue
        last_paragraph = claim.paragraph
        records.append(_record(paragraph, base, attribution))
        records.extend(_record(paragraph, base, further) for further in attribution.further)
    return records


def _record(paragraph: Paragraph, base: int, attribution: Attribution) -> dict:
    source = attribution.source
    return {
        "quote_start": base + attribution.content_start,
        "quote_end": base + attribution.content_end,
        "quote_text": paragraph.text[attribution.content_start:attribution.content_end],
        "quote_spans": [[base + attribution.content_start, base + attribution.content_end]],
        "speaker": attribution.mention or (source.name if source else None),
        "speaker_canonical": source.name if source else None,
        "speaker_kind": str(source.kind) if source else None,
        "role": source.role if source else None,
        "organisation": source.organisation if source else None,
        "cue_text": attribution.cue,
        "relay": attribution.relay,
        "type": BENCH_TYPES[attribution.mode],
        "mode": str(attribution.mode),
        "note": attribution.note,
    }
