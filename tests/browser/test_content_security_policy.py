"""The Content Security Policy must not break anything: no violation on public or admin pages."""

import pytest

pytestmark = pytest.mark.browser


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
    "/en/directory/?country=BE",
    "/en/directory/kringloopkompas/",
    "/en/events/spark-social-enterprise-day-2019/",
    "/en/stories/international-safaris/",
    "/en/directory/submit/",
]


def test_public_pages_work_under_the_policy(page, demo_site):
    violations = watch_violations(page)
    unframed = []
    for path in PUBLIC:
        response = page.goto(demo_site.url + path)
        if "frame-ancestors 'none'" not in response.headers["content-security-policy"]:
            unframed.append(path)
        page.wait_for_load_state("networkidle")
    assert unframed == [], "pages that may be framed: " + ", ".join(unframed)
    assert violations == [], "\n".join(violations)


def test_the_admin_works_under_its_policy(page, demo_site, superuser):
    from directory.models import Enterprise
    from home.models import StoryPage

    violations = watch_violations(page)
    page.goto(demo_site.url + "/admin/login/")
    page.get_by_label("Username").fill(superuser.username)
    page.get_by_label("Password").fill(superuser.password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state("networkidle")
    enterprise = Enterprise.objects.get(slug="kringloopkompas")
    story = StoryPage.objects.first()
    broken = []
    for path in (
        "/admin/",
        f"/admin/snippets/directory/enterprise/edit/{enterprise.pk}/",
        f"/admin/pages/{story.pk}/edit/",
        "/admin/images/",
    ):
        page.goto(demo_site.url + path)
        page.wait_for_load_state("networkidle")
        if not page.locator("main").first.is_visible():
            broken.append(path)
    assert broken == [], "admin pages without their content: " + ", ".join(broken)
    # A signed-in editor sees the userbar on public pages, under the public policy.
    page.goto(demo_site.url + "/")
    page.wait_for_load_state("networkidle")
    assert violations == [], "\n".join(violations)
