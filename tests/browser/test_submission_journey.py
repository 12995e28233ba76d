import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail

from directory.models import Enterprise, Submission
from home.models import CustomImage
from tests.directory.factories import SubmissionFactory
from tests.directory.submission_helpers import image_bytes

pytestmark = pytest.mark.browser


@pytest.fixture
def quick_forms(settings):
    # People need a few seconds; the browser needs none, so the minimum is lowered here.
    settings.DIRECTORY_FORM_MIN_SECONDS = 0


@pytest.fixture
def editor(remove_afterwards):
    users = get_user_model().objects
    remove_afterwards.append(users.filter(username="moderator"))
    user = users.create_user("moderator", "moderator@example.org", "a-long-editor-password")
    user.groups.add(Group.objects.get(name="Directory editors"))
    return user


def fill_listing(page, logo_path):
    page.get_by_label("Name of the enterprise").fill("Zeeuwse Zaadbank")
    page.get_by_label("One-line summary").fill(
        "A seed library in Middelburg that keeps local vegetable varieties alive."
    )
    page.locator("textarea[name='profile-description']").fill(
        "We lend seeds.\n\nGardeners bring back seeds at harvest."
    )
    page.get_by_role("group", name="Sectors").get_by_label("Food and agriculture").check()
    page.get_by_label("Country").select_option("NL")
    page.get_by_label("Region or county").fill("Zeeland")
    page.get_by_label("Town or city").fill("Middelburg")
    page.get_by_label("Logo").set_input_files(logo_path)
    page.get_by_label("Your name").fill("Joke de Wit")
    page.get_by_label("Your e-mail address").fill("joke@zaadbank.example")
    page.get_by_label("I agree that the editors of Spark Social Enterprise store").check()


def test_new_listing_is_confirmed_approved_and_found(
    page, demo_site, axe, editor, quick_forms, tmp_path, remove_afterwards
):
    remove_afterwards += [
        CustomImage.objects.filter(title="Logo: Zeeuwse Zaadbank"),
        Enterprise.objects.filter(name="Zeeuwse Zaadbank"),
    ]
    logo_path = tmp_path / "logo.png"
    logo_path.write_bytes(image_bytes((240, 240)))

    page.goto(demo_site.url + "/en/directory/")
    page.get_by_role("link", name="List your enterprise").click()
    axe(page)
    # Sent empty: every problem is summarised, next to its field, and accessible.
    page.get_by_role("button", name="Send the listing").click()
    assert page.get_by_role("alert").filter(has_text="There are problems").is_visible()
    axe(page)

    fill_listing(page, logo_path)
    page.get_by_role("button", name="Send the listing").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Thank you: check your e-mail"
    axe(page)

    (message,) = [m for m in mail.outbox if "joke@zaadbank.example" in m.to]
    link = re.search(r"http://\S+/directory/submit/confirm/\S+", message.body).group(0)
    page.goto(link.replace("http://testserver", demo_site.url))
    page.get_by_role("button", name="Confirm my listing").click()
    assert "waiting for an editor's review" in page.content()

    page.goto(demo_site.url + "/en/directory/?q=zaadbank")
    assert page.get_by_role("heading", name="0 enterprises").is_visible()

    page.goto(demo_site.url + "/admin/login/")
    page.get_by_label("Username").fill("moderator")
    page.get_by_label("Password").fill("a-long-editor-password")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("link", name="Zeeuwse Zaadbank").first.click()
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    page.wait_for_url(re.compile(r".*/admin/snippets/directory/enterprise/.*"))

    page.context.clear_cookies()
    page.goto(demo_site.url + "/en/directory/?q=zaadbank")
    page.get_by_role("link", name="Zeeuwse Zaadbank").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Zeeuwse Zaadbank"
    logo = page.locator("img.enterprise__logo")
    assert logo.evaluate("img => img.complete && img.naturalWidth > 0")


def test_update_form_is_accessible(page, demo_site, axe, quick_forms, remove_afterwards):
    from directory import tokens

    remove_afterwards.append(Submission.objects.filter(submitter_email="owner@example.org"))
    enterprise = Enterprise.objects.get(slug="kringloopkompas")
    SubmissionFactory(
        enterprise=enterprise,
        submitter_name="Owner",
        submitter_email="owner@example.org",
        confirmed=True,
    )
    page.goto(demo_site.url + "/en/directory/kringloopkompas/")
    page.get_by_role("link", name=re.compile("Update your listing")).click()
    axe(page)
    page.get_by_label("The e-mail address you used").fill("owner@example.org")
    page.get_by_role("button", name="Send me a link").click()
    assert "we have sent it a link" in page.content()
    token = tokens.update_token(enterprise, "owner@example.org")
    page.goto(f"{demo_site.url}/en/directory/update/{token}/")
    axe(page)
    page.get_by_label("One-line summary").fill("")
    page.get_by_role("button", name="Send the changes for review").click()
    assert page.get_by_role("alert").filter(has_text="There is a problem").is_visible()
    axe(page)
