"""Public PDFs leak nothing internal; review PDFs keep the raw sources.

The Kutai Kartanegara sample is approved and carries internal fields: the regional head's phone
and e-mail, the document's internal notes, a programme's internal notes in governance.yaml, and
one evaluation that is only `final`. Its public copy (`publication.select(public=True)`, as a
public build passes it) is rendered by the session build of tests/pdf/samples.py.
"""

from __future__ import annotations

import pytest
from ruamel.yaml import YAML

from generator.model.publication import sources
from tests.pdf.samples import PUBLIC_SLUG

pytestmark = pytest.mark.slow

# what must never be published, as it is written in the sample's YAML (and fragments of it, in
# case extraction wraps a line or drops spaces)
SECRETS = [
    "+62 541 661 000",
    "541 661 000",
    "541661000",
    "protokol@kukarkab.go.id",
    "protokol@",
    "Catatan internal Tim Pelaksana",
    "revisi lampiran anggaran menunggu",
    "Negosiasi lisensi aplikasi dengan vendor",
    "Negosiasi lisensi",
]


@pytest.fixture(scope="module")
def raw_sources(sample_pdfs) -> bytes:
    region = sample_pdfs.regions[PUBLIC_SLUG]
    return b"".join(path.read_bytes() for path in region.files)


def test_the_sample_really_has_the_internal_fields(sample_pdfs, raw_sources):
    """Guard: if the sample lost its secrets, the leak tests below would prove nothing."""
    region = sample_pdfs.regions[PUBLIC_SLUG]
    assert region.status == "approved"
    for secret in SECRETS[:1] + SECRETS[3:4] + SECRETS[5:6] + SECRETS[7:8]:
        assert secret.encode() in raw_sources, secret
    assert {e.data.status for e in region.evaluations} >= {"approved", "final"}


def test_public_build_has_only_approved_evaluations(sample_pdfs):
    region = sample_pdfs.regions[PUBLIC_SLUG]
    approved = [e for e in region.evaluations if e.data.status == "approved"]
    expected = {f"{PUBLIC_SLUG}-masterplan.pdf", f"{PUBLIC_SLUG}-quick-win.pdf"}
    expected |= {f"{PUBLIC_SLUG}-evaluasi-{e.slug}.pdf" for e in approved}
    assert set(sample_pdfs.public) == expected
    annex = sample_pdfs.public[f"{PUBLIC_SLUG}-masterplan.pdf"].text
    unapproved = [e for e in region.evaluations if e.data.status != "approved"]
    assert unapproved and all(
        f"{e.data.year} tahap" not in annex.split("Monitoring dan Evaluasi")[-1] for e in unapproved
    )


def test_public_pdfs_text_and_attachments_contain_no_internal_field(sample_pdfs):
    for name, pdf in sample_pdfs.public.items():
        text = pdf.text
        attached = pdf.reader.attachments
        blob = b"".join(data for contents in attached.values() for data in contents)
        for secret in SECRETS:
            assert secret not in text, (name, secret)
            assert secret.encode() not in blob, (name, secret)
        assert b"yaml-language-server" not in blob and b"# ====" not in blob  # regenerated: no raw comments
        assert pdf.reader.metadata.title and "protokol" not in str(pdf.reader.metadata)


def test_public_attachments_are_regenerated_redacted_yaml(sample_pdfs):
    public = sample_pdfs.public[f"{PUBLIC_SLUG}-masterplan.pdf"]
    region = public.region
    assert region.public
    expected = {name.rsplit("/", 1)[-1]: data for name, data in sources(region)}
    attached = public.reader.attachments
    assert sorted(attached) == sorted(expected)
    assert "2026-tahap-2.yaml" not in attached  # a final, unapproved evaluation
    for name, contents in attached.items():
        assert contents == [expected[name]], name
        YAML(typ="safe").load(contents[0])  # still machine-readable
    plan = YAML(typ="safe").load(attached["masterplan.yaml"][0])
    assert plan["region"]["name"] == "Kutai Kartanegara" and "contact" not in plan["region"]["head"]


def test_review_pdf_attaches_the_raw_files_with_their_internal_fields(sample_pdfs, raw_sources):
    review = sample_pdfs.review[f"{PUBLIC_SLUG}-masterplan.pdf"]
    blob = b"".join(data for contents in review.reader.attachments.values() for data in contents)
    for secret in (
        "+62 541 661 000",
        "protokol@kukarkab.go.id",
        "Catatan internal Tim Pelaksana",
        "Negosiasi lisensi aplikasi dengan vendor",
    ):
        assert secret.encode() in blob, secret
    assert blob == b"".join(  # byte for byte, in the order of the region's files
        data for path in review.region.files for data in review.reader.attachments[path.name]
    )
    assert raw_sources == blob
