"""Editors import enterprises from a CSV in the admin: a dry run reports each row, then the
confirmed rows are written a batch at a time, as drafts for review or published."""

import csv
import io
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import WorkflowState

from directory.imports import batches
from directory.models import Enterprise, ImportJob, Indicator
from tests.directory.factories import EnterpriseFactory

pytestmark = pytest.mark.django_db

HEADER = ["slug", "name", "summary", "description", "country", "city", "sectors", "website"]


def csv_text(rows, header=HEADER, delimiter=","):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    for row in rows:
        writer.writerow(
            [row.get(column, "") for column in header] if isinstance(row, dict) else row
        )
    return out.getvalue()


def row(name, **fields):
    values = {
        "name": name,
        "summary": f"{name} does good.",
        "description": "A social enterprise.",
        "country": "BE",
        "city": "Gent",
        "sectors": "energy",
    }
    values.update(fields)
    return values


def upload(client, text, figures=None, encoding="utf-8", name="enterprises.csv"):
    data = {"enterprises": SimpleUploadedFile(name, text.encode(encoding), "text/csv")}
    if figures is not None:
        data["figures"] = SimpleUploadedFile("figures.csv", figures.encode(encoding), "text/csv")
    return client.post(reverse("directory_import"), data)


def finish(client, job, json=False):
    """Press "continue" (or let the page's script post) until the stage is done."""
    headers = {"Accept": "application/json"} if json else {}
    for _attempt in range(1000):
        job.refresh_from_db()
        if not job.is_running:
            return job
        response = client.post(reverse("directory_import_step", args=[job.pk]), headers=headers)
        assert response.status_code in (200, 302)
    raise AssertionError("the import never finished")


def dry_run(client, text, figures=None, **kwargs):
    response = upload(client, text, figures, **kwargs)
    assert response.status_code == 302, response.content.decode()
    job = ImportJob.objects.latest("pk")
    return finish(client, job)


def report(client, job, **query):
    """The report's rows as the editor reads them: {line: {column heading: text}}."""
    response = client.get(reverse("directory_import_job", args=[job.pk]), query)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    table = html.select_one("section[aria-labelledby=import-rows] table")
    headings = [cell.get_text(strip=True) for cell in table.select("thead th")]
    rows = {}
    for tr in table.select("tbody tr"):
        cells = [cell.get_text(" ", strip=True) for cell in tr.select("th, td")]
        if len(cells) < len(headings):
            continue  # "no rows of this kind"
        rows[int(cells[0])] = dict(zip(headings, cells, strict=True))
    return rows


def confirm(client, job, **choices):
    response = client.post(reverse("directory_import_confirm", args=[job.pk]), choices)
    assert response.status_code == 302
    return finish(client, job)


@pytest.fixture
def importer(client, django_user_model):
    """A directory editor: may add, change and publish enterprises."""
    user = django_user_model.objects.create_user("importer", "importer@example.org", "pw")
    user.groups.add(Group.objects.get(name="Directory editors"))
    client.force_login(user)
    return user


@pytest.fixture
def contributor(client, django_user_model):
    """May add and change enterprises in the admin, but not publish them."""
    user = django_user_model.objects.create_user("contributor", "c@example.org", "pw")
    user.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "add_enterprise", "change_enterprise"]
        )
    )
    client.force_login(user)
    return user


# The dry run -------------------------------------------------------------------------------


def test_the_dry_run_reports_each_row_and_writes_nothing(client, importer, directory_page):
    EnterpriseFactory(name="Zonnedak", slug="zonnedak", website="https://zonnedak.nl")
    EnterpriseFactory(name="Kringloop Oost", slug="kringloop-oost", website="https://kro.be")
    EnterpriseFactory(name="Fietsatelier Gent", slug="fietsatelier-gent", country="BE")
    before = list(Enterprise.objects.values_list("slug", "name", "latest_revision_id"))
    text = csv_text(
        [
            row("Brand New Bakery", slug=""),
            row("Zonnedak Coöperatie", slug="zonnedak"),
            row("Kringloop Oost-Vlaanderen", website="https://www.kro.be/about"),
            row("Fietsatelier Gent vzw"),
            row("Bad Sector", sectors="energy|underwater-basket-weaving"),
            row("Bad Country", country="XX"),
            row(""),
            row("Bad Website", website="not a url"),
        ]
    )
    job = dry_run(client, text)
    assert job.status == ImportJob.Status.CHECKED
    rows = report(client, job)
    assert rows[2]["Dry run"] == "Created" and rows[2]["Slug"] == "brand-new-bakery"
    assert rows[3]["Dry run"] == "Updated (matched by slug)"
    assert rows[4]["Dry run"] == "Updated (matched by website)"
    assert rows[4]["Slug"] == "kringloop-oost"
    assert rows[5]["Dry run"] == "Duplicate suspected"
    assert "Fietsatelier Gent" in rows[5]["Reason"]
    assert rows[6]["Dry run"] == "Refused"
    assert "unknown sector slug “underwater-basket-weaving”" in rows[6]["Reason"]
    assert "bad country code “XX”" in rows[7]["Reason"]
    assert "missing name" in rows[8]["Reason"]
    assert "bad URL (website): “not a url”" in rows[9]["Reason"]
    assert list(Enterprise.objects.values_list("slug", "name", "latest_revision_id")) == before
    page = client.get(reverse("directory_import_job", args=[job.pk])).content.decode()
    assert "Nothing has been written to the directory yet." in page


def test_rows_repeated_in_the_file_are_caught(client, importer, directory_page):
    text = csv_text(
        [
            row("Repair Café", slug="repair-cafe", website="https://repair.example"),
            row("Repair Café Again", slug="repair-cafe"),
            row("Another Name", website="https://www.repair.example/en"),
            row("Repair Cafe", country="BE"),
        ]
    )
    rows = report(client, dry_run(client, text))
    assert rows[2]["Dry run"] == "Created"
    assert rows[3]["Dry run"] == "Refused" and "line 2" in rows[3]["Reason"]
    assert rows[4]["Dry run"] == "Duplicate suspected" and "line 2" in rows[4]["Reason"]
    assert rows[5]["Dry run"] == "Duplicate suspected" and "line 2" in rows[5]["Reason"]


def test_semicolons_a_byte_order_mark_and_formula_guards_are_read(client, importer, directory_page):
    text = "\ufeff" + csv_text(
        [row("'=Equal Chances", summary="'-10% waste;'+jobs", slug="equal-chances")],
        delimiter=";",
    )
    job = dry_run(client, text)
    rows = report(client, job)
    assert rows[2]["Dry run"] == "Created"
    assert rows[2]["Name"] == "=Equal Chances"
    confirm(client, job, publish="publish")
    enterprise = Enterprise.objects.get(slug="equal-chances")
    assert enterprise.summary == "-10% waste;+jobs"


def test_the_report_filters_by_result(client, importer, directory_page):
    job = dry_run(client, csv_text([row("Good One"), row("Bad One", country="XX")]))
    assert list(report(client, job, show="refused")) == [3]
    url = reverse("directory_import_job", args=[job.pk])
    assert "No rows of this kind." in client.get(url, {"show": "update"}).content.decode()


def test_the_figures_file_replaces_the_figures_of_the_enterprises_it_names(
    client, importer, directory_page
):
    EnterpriseFactory(
        name="Zonnedak",
        slug="zonnedak",
        impact_figures=[
            {"indicator": "old figure", "value": 1, "unit": "homes", "year": 2020},
            {"indicator": "older figure", "value": 2, "unit": "homes", "year": 2019},
        ],
    )
    figures = (
        "slug,indicator_code,indicator,value,unit,year,sdg,verified,verified_on,source_url\n"
        "zonnedak,,homes supplied,300,homes,2023,7,False,,\n"
        "zonnedak,people-in-work,,4,,2023,,True,2024-03-01,\n"
        "broken,no-such-code,trees,ten,,2023,,maybe,,\n"
    )
    text = csv_text([row("Zonnedak", slug="zonnedak"), row("Broken", slug="broken")])
    job = dry_run(client, text, figures)
    rows = report(client, job)
    assert rows[2]["Dry run"] == "Updated (matched by slug)"
    assert rows[3]["Dry run"] == "Refused"  # the new enterprise
    assert "impact figures file, line 4: unknown indicator code “no-such-code”" in rows[3]["Reason"]
    assert "impact figures file, line 4: value “ten” is not a number" in rows[3]["Reason"]
    confirm(client, job, publish="publish")
    enterprise = Enterprise.objects.get(slug="zonnedak")
    saved = [
        (item.indicator, item.value, item.catalogue_indicator_id is not None, item.verified)
        for item in enterprise.impact_figures.order_by("sort_order")
    ]
    assert saved == [
        ("homes supplied", 300, False, False),
        ("People in work who were far from the labour market", 4, True, True),
    ]


def test_users_who_may_not_change_enterprises_only_add(client, django_user_model, directory_page):
    EnterpriseFactory(name="Zonnedak", slug="zonnedak")
    user = django_user_model.objects.create_user("adder", "a@example.org", "pw")
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "add_enterprise"])
    )
    client.force_login(user)
    rows = report(client, dry_run(client, csv_text([row("Zonnedak", slug="zonnedak")])))
    assert rows[2]["Dry run"] == "Refused (matched by slug)"
    assert "it matches “Zonnedak”, which you may not change" in rows[2]["Reason"]


# Bad files ---------------------------------------------------------------------------------


def upload_errors(response):
    html = BeautifulSoup(response.content, "html.parser")
    return " ".join(
        item.get_text(" ", strip=True) for item in html.select(".error-message, .help-critical")
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "This is not a CSV file."),
        ("name,summary\n".encode("utf-16"), "This is not a CSV file."),
        (b"name,summary\nCaf\xe9,ok\n", "The file is not UTF-8 text"),
        (b"name,colour\nA,red\n", "columns the directory does not know: colour"),
        (b"slug,summary\na,b\n", "lacks the required columns: name"),
        (b"name,name\na,b\n", "has these columns twice: name"),
        (b"name,summary\n", "The file has a header but no rows under it."),
    ],
)
def test_bad_files_are_refused_with_a_message(client, importer, content, message):
    response = client.post(
        reverse("directory_import"),
        {"enterprises": SimpleUploadedFile("x.csv", content, "text/csv")},
    )
    assert response.status_code == 400
    assert message in upload_errors(response)
    assert not ImportJob.objects.exists()


def test_a_file_too_large_is_refused(client, importer, settings):
    settings.DIRECTORY_IMPORT_MAX_BYTES = 1024 * 1024
    response = upload(client, csv_text([row("A" * 100)] * 12_000))
    assert response.status_code == 400
    assert "the limit is 1 MB" in upload_errors(response)


def test_too_many_rows_are_refused(client, importer, settings):
    settings.DIRECTORY_IMPORT_MAX_ROWS = 3
    response = upload(client, csv_text([row(f"Name {n}") for n in range(4)]))
    assert response.status_code == 400
    assert "The file has 4 rows; the limit is 3." in upload_errors(response)


def test_figures_for_an_enterprise_not_in_the_file_are_refused(client, importer):
    figures = "slug,indicator,value,year\nelsewhere,trees planted,10,2023\n"
    response = upload(client, csv_text([row("Here", slug="here")]), figures)
    assert response.status_code == 400
    assert "names the enterprise “elsewhere”" in upload_errors(response)


# Permissions -------------------------------------------------------------------------------


def test_only_users_who_may_add_enterprises_can_import(client, django_user_model):
    user = django_user_model.objects.create_user("reader", "r@example.org", "pw")
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "view_enterprise"])
    )
    client.force_login(user)
    # Wagtail's answer to a page one may not see: back to the dashboard, with a message.
    response = client.get(reverse("directory_import"), follow=True)
    assert response.redirect_chain == [(reverse("wagtailadmin_home"), 302)]
    assert "Sorry, you do not have permission to access this area." in response.content.decode()
    response = upload(client, csv_text([row("Sneaky")]))
    assert response.status_code == 302
    assert not ImportJob.objects.exists()
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Import enterprises" not in menu


def test_the_directory_menu_offers_the_import_to_editors(client, importer):
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Import enterprises" in page
    assert reverse("directory_import") in page


def test_one_editors_import_is_not_anothers(client, importer, django_user_model, directory_page):
    job = dry_run(client, csv_text([row("Mine")]))
    other = django_user_model.objects.create_user("other", "o@example.org", "pw")
    other.groups.add(Group.objects.get(name="Directory editors"))
    client.force_login(other)
    assert client.get(reverse("directory_import_job", args=[job.pk])).status_code == 404
    assert client.post(reverse("directory_import_confirm", args=[job.pk])).status_code == 404


# The import --------------------------------------------------------------------------------


def test_confirmed_rows_become_drafts_awaiting_review(
    client, importer, directory_editor, directory_page
):
    live = EnterpriseFactory(name="Zonnedak", slug="zonnedak", summary="Live summary.")
    text = csv_text(
        [
            row("Brand New Bakery"),
            row("Zonnedak", slug="zonnedak", summary="Imported summary."),
            row("Refused", country="XX"),
        ]
    )
    job = confirm(client, dry_run(client, text))
    assert job.status == ImportJob.Status.DONE
    bakery = Enterprise.objects.get(slug="brand-new-bakery")
    assert not bakery.live
    live.refresh_from_db()
    assert live.live and live.summary == "Live summary."
    assert live.get_latest_revision_as_object().summary == "Imported summary."
    for enterprise in (bakery, live):
        state = WorkflowState.objects.for_instance(enterprise).get()
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        assert state.requested_by == importer
    assert not Enterprise.objects.filter(name="Refused").exists()
    rows = report(client, job)
    assert rows[2]["Result"] == "Created"
    assert rows[3]["Result"] == "Updated"
    assert rows[4]["Result"] == "Skipped"
    # The reviewers find them in their list rather than in hundreds of e-mails.
    assert mail.outbox == []
    client.force_login(directory_editor)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Brand New Bakery" in dashboard and "Zonnedak" in dashboard


def test_editors_who_may_publish_can_publish_at_once(client, importer, directory_page):
    job = confirm(client, dry_run(client, csv_text([row("Published Bakery")])), publish="publish")
    bakery = Enterprise.objects.get(slug="published-bakery")
    assert bakery.live and not bakery.has_unpublished_changes
    assert not WorkflowState.objects.for_instance(bakery).exists()
    assert "Published Bakery" in client.get("/en/directory/").content.decode()
    assert job.publish


def test_publishing_is_offered_only_to_those_who_may(client, contributor, directory_page):
    job = dry_run(client, csv_text([row("Draft Bakery")]))
    page = client.get(reverse("directory_import_job", args=[job.pk])).content.decode()
    assert "Publish them now" not in page
    confirm(client, job, publish="publish")
    bakery = Enterprise.objects.get(slug="draft-bakery")
    assert not bakery.live
    assert WorkflowState.objects.for_instance(bakery).get().status == "in_progress"


def test_suspected_duplicates_are_left_out_unless_asked_for(client, importer, directory_page):
    EnterpriseFactory(name="Fietsatelier Gent", slug="fietsatelier-gent")
    text = csv_text([row("Fietsatelier Gent vzw")])
    confirm(client, dry_run(client, text))
    assert Enterprise.objects.count() == 1
    confirm(client, dry_run(client, text), include_duplicates="on")
    assert Enterprise.objects.filter(slug="fietsatelier-gent-vzw").exists()


def test_confirming_twice_imports_once(client, importer, directory_page):
    job = confirm(client, dry_run(client, csv_text([row("Once Only")])))
    response = client.post(reverse("directory_import_confirm", args=[job.pk]), follow=True)
    assert "This import had already been confirmed." in response.content.decode()
    assert Enterprise.objects.filter(name="Once Only").count() == 1


def test_a_row_that_fails_at_import_is_reported_and_the_rest_still_imported(
    client, importer, directory_page
):
    job = dry_run(client, csv_text([row("First"), row("Second"), row("Third")]))
    # Someone takes the second row's address between the dry run and the import.
    EnterpriseFactory(name="Someone Else", slug="second")
    rows = report(client, confirm(client, job))
    assert rows[3]["Result"] == "Failed: the slug “second” was taken after the dry run"
    assert rows[2]["Result"] == rows[4]["Result"] == "Created"
    assert Enterprise.objects.filter(slug__in=["first", "third"]).count() == 2


def test_a_batch_that_fails_loses_only_its_own_rows(client, importer, directory_page, monkeypatch):
    monkeypatch.setattr(batches, "BATCH_SIZE", 2)
    job = dry_run(client, csv_text([row(f"Enterprise {n}") for n in range(1, 7)]))
    # The second batch (lines 4 and 5) fails after its last row, outside any row's savepoint.
    monkeypatch.setattr(batches, "_import_row", _failing_batch(batches._import_row))
    rows = report(client, confirm(client, job))
    created = set(Enterprise.objects.values_list("name", flat=True))
    assert created == {"Enterprise 1", "Enterprise 2", "Enterprise 5", "Enterprise 6"}
    assert rows[4]["Result"].startswith("Failed: the batch of lines 4 to 5 could not be saved")
    assert rows[5]["Result"].startswith("Failed: the batch of lines 4 to 5")


def _failing_batch(import_row):
    from django.db import DatabaseError

    def run(job, row, cells, vocabulary, figures, user):
        import_row(job, row, cells, vocabulary, figures, user)
        if row.line == 5:
            raise DatabaseError("the connection dropped")

    return run


def test_many_rows_import_in_batches_with_progress(client, importer, directory_page, monkeypatch):
    """The batching a 10,000-row file goes through, with batches of 10 over 45 rows."""
    monkeypatch.setattr(batches, "BATCH_SIZE", 10)
    response = upload(client, csv_text([row(f"Enterprise {n:03d}") for n in range(45)]))
    job = ImportJob.objects.latest("pk")
    page = client.get(response["Location"]).content.decode()
    html = BeautifulSoup(page, "html.parser")
    progress = html.select_one("progress")
    assert progress["max"] == "45" and progress["value"] == "0"
    assert html.select_one("label[for=import-progress]")
    states = []
    while True:
        state = client.post(
            reverse("directory_import_step", args=[job.pk]), headers={"Accept": "application/json"}
        ).json()
        states.append((state["status"], state["done"]))
        if state["finished"]:
            break
    assert states == [("checking", n) for n in (10, 20, 30, 40)] + [("checked", 45)]
    client.post(reverse("directory_import_confirm", args=[job.pk]), {"publish": "publish"})
    steps = 0
    while not client.post(
        reverse("directory_import_step", args=[job.pk]), headers={"Accept": "application/json"}
    ).json()["finished"]:
        steps += 1
    assert steps == 4  # the fifth batch finishes it
    assert Enterprise.objects.filter(live=True).count() == 45


def test_a_slow_batch_stops_early_and_the_next_goes_on(
    client, importer, directory_page, monkeypatch
):
    """However slow the server, a request does a few seconds' work: here, one row each."""
    monkeypatch.setattr(batches, "BATCH_SECONDS", 0)
    response = upload(client, csv_text([row(f"Enterprise {n}") for n in range(3)]))
    job = ImportJob.objects.latest("pk")
    url = reverse("directory_import_step", args=[job.pk])
    json = {"headers": {"Accept": "application/json"}}
    assert [client.post(url, **json).json()["done"] for _step in range(3)] == [1, 2, 3]
    client.post(reverse("directory_import_confirm", args=[job.pk]), {"publish": "publish"})
    assert [client.post(url, **json).json()["done"] for _step in range(3)] == [1, 2, 3]
    assert client.get(response["Location"]).status_code == 200
    assert Enterprise.objects.filter(live=True).count() == 3


# The round trip ----------------------------------------------------------------------------


def download(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


# first_published, last_published and last_confirmed: the site writes them when it publishes,
# so they cannot come back the same; every other byte does.
TIMESTAMP = re.compile(rb'"\d{4}-\d\d-\d\dT\d\d:\d\d:[0-9.]+\+00:00"')


def without_timestamps(data):
    return TIMESTAMP.sub(b'"(published)"', data)


def test_export_import_export_gives_the_same_file(client, importer, directory_page):
    EnterpriseFactory(
        name="Zonnedak Coöperatie",
        slug="zonnedak",
        country="NL",
        city="Haarlem",
        region="",
        summary="=SUM(A1) solar, on roofs; -and more",
        description="Two paragraphs.\n\nThe second, with “quotes”, commas and | a bar.",
        sectors=["energy", "circular-economy"],
        sdgs=[7, 13],
        certifications=["b-corp"],
        latitude=52.3874,
        longitude=4.6462,
        legal_form="cooperative",
        year_founded=2012,
        size_band="small",
        website="https://zonnedak.example",
        public_email="hallo@zonnedak.example",
        spark_programme="accelerator",
        spark_year=2018,
        language="nl",
        impact_figures=[
            {
                "indicator": "tonnes of CO2 avoided",
                "value": 12.5,
                "unit": "tonnes",
                "year": 2024,
                "sdg_id": 13,
                "verified": True,
                "verified_on": "2025-01-02",
            },
            {"indicator": "homes supplied", "value": 300, "unit": "homes", "year": 2023},
        ],
    )
    EnterpriseFactory(
        name="Café Bobinoir",
        slug="cafe-bobinoir",
        country="FR",
        city="Lille",
        sectors=["hospitality"],
        sdgs=[],
        origin="public",
    )
    EnterpriseFactory(
        name="Threadbare Works", slug="threadbare-works", country="GB", city="Brighton", region=""
    )
    first = download(client, "/en/directory/export.csv")
    first_figures = download(client, "/en/directory/impact-figures.csv")
    Enterprise.objects.all().delete()

    job = dry_run(
        client,
        first.decode("utf-8"),
        figures=first_figures.decode("utf-8"),
    )
    assert {item["Dry run"] for item in report(client, job).values()} == {"Created"}
    confirm(client, job, publish="publish")

    second = download(client, "/en/directory/export.csv")
    second_figures = download(client, "/en/directory/impact-figures.csv")
    assert second_figures == first_figures
    assert without_timestamps(second) == without_timestamps(first)
    assert without_timestamps(first).count(b'"(published)"') == 9  # three per enterprise


def test_innovations_are_kept_when_an_export_updates_the_listing(client, importer, directory_page):
    EnterpriseFactory(
        name="Zonnedak",
        slug="zonnedak",
        innovations=[{"title": "Shared battery", "description": "Neighbours store power."}],
    )
    exported = download(client, "/en/directory/export.csv").decode("utf-8")
    edited = exported.replace("Zonnedak does useful things.", "Zonnedak shares its roofs.")
    job = confirm(client, dry_run(client, edited), publish="publish")
    assert results(client, job, "Result") == {"zonnedak": "Updated"}
    enterprise = Enterprise.objects.get(slug="zonnedak")
    assert enterprise.summary == "Zonnedak shares its roofs."
    assert [item.title for item in enterprise.innovations.all()] == ["Shared battery"]


# Rows that change nothing ------------------------------------------------------------------


def listed_enterprises():
    """Three live listings, with every kind of column and figure the downloads carry."""
    return [
        EnterpriseFactory(
            name="Zonnedak Coöperatie",
            slug="zonnedak",
            country="NL",
            city="Haarlem",
            region="",
            summary="=SUM(A1) solar, on roofs; -and more",
            description="Two paragraphs.\n\nThe second, with “quotes”, commas and | a bar.",
            sectors=["energy", "circular-economy"],
            sdgs=[7, 13],
            certifications=["b-corp"],
            latitude=52.3874,
            longitude=4.6462,
            legal_form="cooperative",
            year_founded=2012,
            size_band="small",
            website="https://zonnedak.example",
            public_email="hallo@zonnedak.example",
            spark_programme="accelerator",
            spark_year=2018,
            language="nl",
            impact_figures=[
                {
                    "indicator": "tonnes of CO2 avoided",
                    "value": 12.5,
                    "unit": "tonnes",
                    "year": 2024,
                    "sdg_id": 13,
                    "verified": True,
                    "verified_on": "2025-01-02",
                },
                {
                    "catalogue_indicator": Indicator.objects.get(code="people-in-work"),
                    "indicator": "Mensen met een grote afstand tot de arbeidsmarkt aan het werk",
                    "value": 4,
                    "unit": "people",
                    "year": 2023,
                },
            ],
        ),
        EnterpriseFactory(
            name="Café Bobinoir",
            slug="cafe-bobinoir",
            country="FR",
            city="Lille",
            sectors=["hospitality"],
            sdgs=[],
            origin="public",
            impact_figures=[
                {"indicator": "meals served", "value": 300, "unit": "meals", "year": 2023}
            ],
        ),
        EnterpriseFactory(
            name="Threadbare Works", slug="threadbare-works", country="GB", city="Brighton"
        ),
    ]


def downloads(client):
    """The two downloads as the rows a spreadsheet shows: (header, [{column: cell}]) each."""
    tables = []
    for path in ("/en/directory/export.csv", "/en/directory/impact-figures.csv"):
        text = download(client, path).decode("utf-8-sig")
        reader = csv.DictReader(io.StringIO(text, newline=""))
        tables.append((reader.fieldnames, list(reader)))
    return tables


def by_slug(rows, slug):
    return next(item for item in rows if item["slug"] == slug)


def import_tables(client, enterprises, figures):
    (header, rows), (figure_header, figure_rows) = enterprises, figures
    return dry_run(
        client, csv_text(rows, header=header), csv_text(figure_rows, header=figure_header)
    )


def summary(client, job):
    response = client.get(reverse("directory_import_job", args=[job.pk]))
    html = BeautifulSoup(response.content, "html.parser")
    return [item.get_text(strip=True) for item in html.select("#import-summary ~ ul li")]


def results(client, job, column):
    return {item["Slug"]: item[column] for item in report(client, job).values()}


def stored_state(enterprises):
    """What an import could write: revisions, reviews and publications, per enterprise."""
    return {
        enterprise.slug: (
            list(enterprise.revisions.values_list("pk", flat=True)),
            WorkflowState.objects.for_instance(enterprise).count(),
            Enterprise.objects.values_list("last_published_at", flat=True).get(pk=enterprise.pk),
        )
        for enterprise in enterprises
    }


@pytest.mark.parametrize("choices", [{}, {"publish": "publish"}], ids=["review", "publish"])
def test_an_export_imported_back_unchanged_writes_nothing(
    client, importer, directory_page, choices
):
    enterprises = listed_enterprises()
    before = stored_state(enterprises)
    job = import_tables(client, *downloads(client))
    assert results(client, job, "Dry run") == {
        "zonnedak": "Unchanged (matched by slug)",
        "cafe-bobinoir": "Unchanged (matched by slug)",
        "threadbare-works": "Unchanged (matched by slug)",
    }
    assert "Unchanged: 3" in summary(client, job)
    assert "Updated: 0" in summary(client, job)
    job = confirm(client, job, **choices)
    assert set(results(client, job, "Result").values()) == {"Unchanged"}
    assert "Unchanged: 3" in summary(client, job)
    assert stored_state(enterprises) == before
    assert not WorkflowState.objects.exists()
    assert not Enterprise.objects.filter(has_unpublished_changes=True).exists()


def test_a_row_written_differently_but_meaning_the_same_is_unchanged(
    client, importer, directory_page
):
    listed_enterprises()
    (header, rows), (figure_header, figures) = downloads(client)
    zonnedak = by_slug(rows, "zonnedak")
    sectors = zonnedak["sectors"].split("|")
    zonnedak.update(
        country=" nl ",
        sectors=" | ".join(reversed(sectors)),
        latitude="52.38740",
        year_founded="2012.0",
        name=" Zonnedak Coöperatie ",
    )
    by_slug(figures, "zonnedak").update(value="12,50", verified="true", unit=" tonnes ")
    job = import_tables(client, (header, rows), (figure_header, figures))
    assert set(results(client, job, "Dry run").values()) == {"Unchanged (matched by slug)"}


def _rename(rows, figures):
    by_slug(rows, "zonnedak")["name"] = "Zonnedak Coöperatie U.A."


def _one_sector_less(rows, figures):
    by_slug(rows, "zonnedak")["sectors"] = "energy"


def _another_goal(rows, figures):
    by_slug(rows, "zonnedak")["sdgs"] = "7|13|11"


def _emptied_cell(rows, figures):
    by_slug(rows, "zonnedak")["public_email"] = ""


def _another_figure(rows, figures):
    by_slug(figures, "zonnedak")["value"] = "13"


def _one_figure_less(rows, figures):
    figures.remove(by_slug(figures, "zonnedak"))


@pytest.mark.parametrize(
    "change",
    [_rename, _one_sector_less, _another_goal, _emptied_cell, _another_figure, _one_figure_less],
)
def test_only_the_changed_row_is_updated(client, importer, directory_page, change):
    enterprises = listed_enterprises()
    before = stored_state(enterprises)
    (header, rows), (figure_header, figures) = downloads(client)
    change(rows, figures)
    job = import_tables(client, (header, rows), (figure_header, figures))
    assert results(client, job, "Dry run") == {
        "zonnedak": "Updated (matched by slug)",
        "cafe-bobinoir": "Unchanged (matched by slug)",
        "threadbare-works": "Unchanged (matched by slug)",
    }
    assert {"Updated: 1", "Unchanged: 2"} <= set(summary(client, job))
    job = confirm(client, job)
    assert results(client, job, "Result") == {
        "zonnedak": "Updated",
        "cafe-bobinoir": "Unchanged",
        "threadbare-works": "Unchanged",
    }
    after = stored_state(enterprises)
    assert len(after["zonnedak"][0]) == len(before["zonnedak"][0]) + 1
    assert after["zonnedak"][1] == 1  # sent for review
    assert after["cafe-bobinoir"] == before["cafe-bobinoir"]
    assert after["threadbare-works"] == before["threadbare-works"]


def test_a_row_is_compared_with_the_live_listing_not_a_pending_draft(
    client, importer, directory_page
):
    """An export holds what is live; imported back, it leaves a change awaiting review alone."""
    enterprise = EnterpriseFactory(name="Zonnedak", slug="zonnedak", summary="Live summary.")
    exported = download(client, "/en/directory/export.csv").decode("utf-8")
    enterprise.summary = "Pending summary."
    pending = enterprise.save_revision()
    job = dry_run(client, exported)
    assert results(client, job, "Dry run") == {"zonnedak": "Unchanged (matched by slug)"}
    confirm(client, job)
    enterprise.refresh_from_db()
    assert enterprise.latest_revision == pending
    assert enterprise.get_latest_revision_as_object().summary == "Pending summary."


def test_a_row_made_unchanged_after_the_dry_run_is_not_written(client, importer, directory_page):
    enterprise = EnterpriseFactory(name="Zonnedak", slug="zonnedak", summary="Old summary.")
    exported = download(client, "/en/directory/export.csv").decode("utf-8")
    job = dry_run(client, exported.replace("Old summary.", "New summary."))
    assert results(client, job, "Dry run") == {"zonnedak": "Updated (matched by slug)"}
    # Another editor publishes the same change before this one confirms.
    enterprise.summary = "New summary."
    enterprise.save_revision().publish()
    revisions = enterprise.revisions.count()
    job = confirm(client, job)
    assert results(client, job, "Result") == {"zonnedak": "Unchanged"}
    assert enterprise.revisions.count() == revisions
    assert not WorkflowState.objects.for_instance(enterprise).exists()
