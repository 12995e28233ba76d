"""Forms read from a page as a browser would send them."""

from bs4 import BeautifulSoup


def form_as_shown(html, field_name):
    """What a browser would send back, unchanged, from the form that has the named field."""
    form = next(
        form
        for form in BeautifulSoup(html, "html.parser").find_all("form")
        if form.find(attrs={"name": field_name})
    )
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "file"):
            continue
        if field.name == "textarea":
            # Browsers drop the newline that follows the opening tag.
            data[name] = field.get_text().removeprefix("\n")
        elif field.name == "select":
            chosen = [option.get("value", "") for option in field.find_all("option", selected=True)]
            if field.has_attr("multiple"):
                data[name] = chosen
            else:
                data[name] = chosen[0] if chosen else ""
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        else:
            data[name] = field.get("value", "")
    return data
