"""Public and review builds: what may be published.

Rules (documented in the README):
* a review build (the default) shows every region, every field and every evaluation; drafts carry a
  visible DRAFT banner on the site and a watermark on their PDFs;
* a public build (`--public`) shows only regions whose document status is `approved`, only
  evaluations whose status is `approved`, and strips every field marked internal in the schema
  (`json_schema_extra={"x-internal": True}`: officials' phone numbers and e-mail, internal notes);
* a public PDF attaches YAML regenerated from the redacted model, never the raw files (their
  comments and internal fields would leak).

The rule is applied to the model once, before any renderer runs, so HTML, search index, PDFs,
attachments and data downloads cannot disagree about what is public.
"""

from __future__ import annotations

import io
from typing import Any

from pydantic import BaseModel
from ruamel.yaml import YAML

from generator.model.evaluation import Evaluation
from generator.model.region import PillarPart, Region


def is_internal(model: type[BaseModel], name: str) -> bool:
    extra = model.model_fields[name].json_schema_extra
    return isinstance(extra, dict) and bool(extra.get("x-internal"))


def redact(value: Any) -> Any:
    """A copy of `value` with every internal field reset to its default, at any depth."""
    if isinstance(value, BaseModel):
        cls = type(value)
        update = {}
        for name in cls.model_fields:
            current = getattr(value, name)
            if is_internal(cls, name):
                update[name] = cls.model_fields[name].get_default(call_default_factory=True)
            else:
                cleaned = redact(current)
                if cleaned is not current:
                    update[name] = cleaned
        return value.model_copy(update=update) if update else value
    if isinstance(value, list):
        items = [redact(v) for v in value]
        return items if any(a is not b for a, b in zip(items, value)) else value
    if isinstance(value, dict):
        pairs = {k: redact(v) for k, v in value.items()}
        return pairs if any(pairs[k] is not value[k] for k in value) else value
    return value


def public_region(region: Region) -> Region | None:
    """The region as the public may see it, or None if it is not approved."""
    if region.plan.document.status != "approved":
        return None
    parts = [PillarPart(part.pillar, redact(part.data)) for part in region.parts]
    public = Region(
        slug=region.slug,
        folder=region.folder,
        plan=redact(region.plan),
        parts=parts,
        files=list(region.files),
        cat=region.cat,
        public=True,
    )
    public.evaluations = [
        Evaluation(redact(ev.data), ev.file, public, ev.config)
        for ev in region.evaluations
        if ev.data.status == "approved"
    ]
    return public


def select(regions: list[Region], *, public: bool) -> list[Region]:
    if not public:
        return regions
    return [r for r in (public_region(region) for region in regions) if r is not None]


def sources(region: Region) -> list[tuple[str, bytes]]:
    """The machine-readable source to attach to a PDF: raw files for review builds, YAML
    regenerated from the redacted model for public builds."""
    if not region.public:
        return [(str(path.relative_to(region.folder)), path.read_bytes()) for path in region.files]
    out = [("masterplan.yaml", _dump(region.plan))]
    out += [(part.pillar.file, _dump(part.data)) for part in region.parts]
    out += [(f"evaluations/{ev.file.name}", _dump(ev.data)) for ev in region.evaluations]
    return out


def _dump(model: BaseModel) -> bytes:
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    buffer = io.StringIO()
    yaml.dump(model.model_dump(mode="json", exclude_none=True), buffer)
    return buffer.getvalue().encode("utf-8")
