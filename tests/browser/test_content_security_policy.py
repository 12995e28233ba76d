"""The Content Security Policy must not break anything: no violation on public or admin pages."""

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def watch_violations(page):
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text
            or "Content-Security-Policy" in message.text
            else None
        ),
    )
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => "
        "console.error('Content Security Policy violation: ' "
        "+ e.violatedDirective + ' ' + e.blockedURI));"
    )
    return violations


PUBLIC = [
    "/",
    "/directory/?country=BE",
    "/directory/kringloopkompas/",
    "/events/spark-social-enterprise-day-2019/",
    "/stories/international-safaris/",
    "/directory/submit/",
]


def test_public_pages_work_under_the_policy(page, demo_site):
    violations = watch_violations(page)
    for path in PUBLIC:
        response = page.goto(demo_site.url + path)
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
    assert violations == [], "\n".join(violations)


def test_the_admin_works_under_its_policy(page, demo_site, django_user_model):
    from directory.models import Enterprise
    from home.models import StoryPage

    django_user_model.objects.create_superuser(
        "chief", "chief@example.org", "a-long-admin-password"
    )
    violations = watch_violations(page)
    page.goto(demo_site.url + "/admin/login/")
    page.get_by_label("Username").fill("chief")
    page.get_by_label("Password").fill("a-long-admin-password")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state("networkidle")
    enterprise = Enterprise.objects.get(slug="kringloopkompas")
    story = StoryPage.objects.first()
    for path in (
        "/admin/",
        f"/admin/snippets/directory/enterprise/edit/{enterprise.pk}/",
        f"/admin/pages/{story.pk}/edit/",
        "/admin/images/",
    ):
        page.goto(demo_site.url + path)
        page.wait_for_load_state("networkidle")
        assert page.locator("main").first.is_visible()
    # A signed-in editor sees the userbar on public pages, under the public policy.
    page.goto(demo_site.url + "/")
    page.wait_for_load_state("networkidle")
    assert violations == [], "\n".join(violations)
