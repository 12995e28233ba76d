"""The public forms' inputs written out in Python, in exactly the markup of Django's templates.

The listing form has hundreds of inputs and options (every country, goal, sector and stage, in
eight repeated rows), and rendering each through a template took most of the time of every page
the form is shown on: also of every page that turns a request down. Templates this module does
not know (a widget of its own, a file input) are still rendered from their templates.
"""

from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape

WIDGETS = "django/forms/widgets/"


def _attrs(attrs):
    """attrs.html: each attribute, a bare name when True, left out when False."""
    return "".join(
        f" {conditional_escape(name)}"
        if value is True
        else f' {conditional_escape(name)}="{conditional_escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _input(widget):
    value = widget["value"]
    value = "" if value is None else f' value="{conditional_escape(value)}"'
    return (
        f'<input type="{conditional_escape(widget["type"])}" '
        f'name="{conditional_escape(widget["name"])}"{value}{_attrs(widget["attrs"])}>'
    )


def _input_option(widget):
    """A checkbox or radio button of a group, its label around it when asked."""
    if not widget.get("wrap_label"):
        return _input(widget)
    target = widget["attrs"].get("id")
    target = f' for="{conditional_escape(target)}"' if target else ""
    return f"<label{target}>{_input(widget)}\n {conditional_escape(widget['label'])}</label>"


def _option(widget):
    return (
        f'<option value="{conditional_escape(widget["value"])}"{_attrs(widget["attrs"])}>'
        f"{conditional_escape(widget['label'])}</option>"
    )


def _textarea(widget):
    value = conditional_escape(widget["value"]) if widget["value"] else ""
    return (
        f'<textarea name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>\n'
        f"{value}</textarea>"
    )


INPUTS = ["input", "text", "email", "url", "number", "hidden", "password", "checkbox"]
WRITERS = {
    **{f"{WIDGETS}{name}.html": _input for name in INPUTS},
    f"{WIDGETS}checkbox_option.html": _input_option,
    f"{WIDGETS}radio_option.html": _input_option,
    f"{WIDGETS}input_option.html": _input_option,
    f"{WIDGETS}select_option.html": _option,
    f"{WIDGETS}textarea.html": _textarea,
}


class QuickRenderer(DjangoTemplates):
    """Django's form renderer, which writes the common inputs itself instead of by template."""

    def render(self, template_name, context, request=None):
        if template_name == f"{WIDGETS}select.html":
            return self._select(context["widget"], request)
        write = WRITERS.get(template_name)
        if write is None:
            return super().render(template_name, context, request)
        return write(context["widget"])

    def _select(self, widget, request):
        parts = [f'<select name="{conditional_escape(widget["name"])}"{_attrs(widget["attrs"])}>']
        for group_name, options, _index in widget["optgroups"]:
            if group_name:
                parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
            for option in options:
                rendered = self.render(option["template_name"], {"widget": option}, request)
                # An included template keeps its file's last line break.
                parts.append(f"\n  {rendered}\n")
            if group_name:
                parts.append("\n  </optgroup>")
        parts.append("\n</select>")
        return "".join(parts)
