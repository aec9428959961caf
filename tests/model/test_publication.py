"""Public builds: only approved plans and evaluations, no internal field anywhere."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from generator.model.publication import public_region, select, sources
from generator.validation.validate import validate_paths

PHONE, EMAIL, NOTE = "+62 812 5555 0101", "kadis@contoh.go.id", "Rahasia: negosiasi vendor belum selesai"


def with_secrets(mini: Path, *, status: str = "approved") -> None:
    plan = mini / "masterplan.yaml"
    text = plan.read_text().replace(
        "    position: Wali Kota Mini\n",
        f"    position: Wali Kota Mini\n    contact: {{phone: '{PHONE}', email: {EMAIL}}}\n",
        1,
    )
    text = text.replace(
        "  status: draft",
        f"  status: {status}\n  approved_on: '2025-03-01'\n  internal_notes: '{NOTE}'\n"
        "  signatories:\n    - {name: Budi Santoso, position: Wali Kota Mini, role: approved}",
    )
    plan.write_text(text)
    gov = mini / "governance.yaml"
    gov.write_text(
        gov.read_text().replace(
            "    category: application\n", f"    category: application\n    internal_notes: '{NOTE}'\n", 1
        )
    )


def region_of(mini: Path):
    result = validate_paths([mini])
    assert not result.errors, result.errors
    return result.regions[0]


def test_public_copy_strips_internal_fields_everywhere(mini: Path) -> None:
    with_secrets(mini)
    region = region_of(mini)
    assert region.plan.region.head.contact.phone == PHONE  # the review build keeps them
    public = public_region(region)
    assert public is not None and public.public
    dumped = public.plan.model_dump_json() + "".join(p.data.model_dump_json() for p in public.parts)
    assert PHONE not in dumped and EMAIL not in dumped and NOTE not in dumped
    assert public.total_budget == region.total_budget  # nothing else changed


def test_public_attachments_are_regenerated_without_secrets(mini: Path) -> None:
    with_secrets(mini)
    (mini / "masterplan.yaml").write_text(
        (mini / "masterplan.yaml").read_text() + f"# komentar internal: {NOTE}\n"
    )
    region = region_of(mini)
    review = b"".join(data for _, data in sources(region))
    assert NOTE.encode() in review
    public = public_region(region)
    files = dict(sources(public))
    blob = b"".join(files.values())
    assert PHONE.encode() not in blob and NOTE.encode() not in blob and EMAIL.encode() not in blob
    reparsed = YAML(typ="safe").load(files["masterplan.yaml"])
    assert reparsed["region"]["name"] == "Mini"


def test_only_approved_regions_are_public(mini: Path) -> None:
    region = region_of(mini)  # the fixture is a draft
    assert select([region], public=True) == []
    assert select([region], public=False) == [region]
