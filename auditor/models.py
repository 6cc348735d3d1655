"""The records passed between stages: small, frozen, and free of parser trees."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    """Why a block of a page is not part of the article."""

    NAVIGATION = "navigation"
    SHARE_PROMPT = "share_prompt"
    CROSS_LINK = "cross_link"
    RELATED = "related"
    NEWSLETTER = "newsletter"
    CAPTION = "caption"
    CREDIT = "credit"
    AD = "ad"
    OTHER = "other"


class AttributionMode(StrEnum):
    """How a claim is attributed."""

    DIRECT = "direct"  # the source's words inside quotation marks (or a block quote)
    REPORTED = "reported"  # paraphrase with a cue: "X said that ..."
    MIXED = "mixed"  # paraphrase carrying a partial quotation
    OWN = "own"  # the outlet's own voice: no source given


class SourceKind(StrEnum):
    """Who a source is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    GOVERNMENT = "government"
    ANONYMOUS = "anonymous"
    DOCUMENT = "document"  # a poll, report, study, court filing, data: "a Bloomberg poll shows …"


@dataclass(frozen=True, slots=True)
class Field:
    """A value and where it came from ("json-ld", "opengraph", "sidecar", ...)."""

    value: str | None = None
    origin: str | None = None

    def __bool__(self) -> bool:
        return bool(self.value)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A saved page as read from disk, decoded, with its provenance."""

    path: str
    sha256: str  # of the raw bytes as stored on disk
    size: int
    media_type: str  # "html" or "text"
    text: str  # the decoded document
    encoding: str
    encoding_origin: str  # "bom", "http-header", "meta-charset", "utf-8", "detected"
    url: Field = Field()
    captured_at: Field = Field()
    flags: tuple[str, ...] = ()  # doubts about the input: "encoding guessed", "truncated"
    integrity: str = "unverified"  # "verified" / "mismatch" against a sidecar or WARC digest
    integrity_detail: str | None = None  # what was compared with what


@dataclass(frozen=True, slots=True)
class RemovedBlock:
    """A block cut from the page, with the rule that cut it."""

    text: str
    kind: BlockKind
    rule: str


@dataclass(frozen=True, slots=True)
class Link:
    """A link in the kept body."""

    href: str
    text: str
    internal: bool  # points to the publishing outlet's own site
    paragraph: int | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A kept block of body text, in reading order."""

    text: str
    quoted: bool = False  # the page marks the whole block as a quotation (<blockquote>)
    offset: int | None = None  # where it starts in a plain-text snapshot's text


@dataclass(frozen=True, slots=True)
class Metadata:
    """Article metadata, each value with its origin."""

    title: Field = Field()
    byline: Field = Field()
    published: Field = Field()
    updated: Field = Field()  # the page's last modification, as its markup says (not a reason to move "published")
    canonical_url: Field = Field()
    outlet_name: Field = Field()
    outlet_domain: Field = Field()


@dataclass(frozen=True, slots=True)
class Article:
    """The body of a page as kept, what was removed, and its metadata."""

    metadata: Metadata
    paragraphs: tuple[Paragraph, ...]
    removed: tuple[RemovedBlock, ...] = ()
    links: tuple[Link, ...] = ()
    flags: tuple[str, ...] = ()  # doubts: "best effort: encoding guessed", ...

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class Claim:
    """One sentence-level claim (a whole quotation is never split)."""

    paragraph: int
    start: int  # offsets into Article.paragraphs[paragraph].text
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Source:
    """Who a claim is attributed to."""

    name: str
    kind: SourceKind
    role: str | None = None
    organisation: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a claim comes from, how, and through which outlet."""

    mode: AttributionMode
    source: Source | None = None
    mention: str | None = None  # the source as written: "he", "the Russian exporter"
    cue: str | None = None  # "said", "added", "according to", "claiming"
    relay: str | None = None  # an outlet other than the publisher: "told Reuters" -> Reuters
    relay_domain: str | None = None  # the relayed outlet's domain, when the outlet list knows it
    content_start: int | None = None  # offsets into the claim's paragraph
    content_end: int | None = None
    note: str | None = None  # doubt, as a value: "speaker from context", "unresolved description"
    # more statements by the same source in the same claim: "…, he said, adding that …"
    further: tuple[Attribution, ...] = ()


@dataclass(frozen=True, slots=True)
class Audit:
    """Everything the pipeline learnt from one snapshot."""

    snapshot: Snapshot
    article: Article
    claims: tuple[Claim, ...]
    attributions: tuple[Attribution, ...]  # one per claim, same order
    auditor_version: str = field(default="")
