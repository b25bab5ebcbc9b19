"""`{% listing %}`: the tables of the staff areas in the Wagtail admin.

    {% listing enrolment, current in rows _("Name") status_labels caption=x empty=y %}
      <tr><th scope="row">...</th><td>...</td></tr>
    {% footer %}
      <tfoot>...</tfoot>
    {% endlisting %}

renders a `table.listing` with a screen-reader caption, one `th scope="col"`
per heading (an argument that is a list adds one heading per item; HTML
marked safe stays as it is) and the tag's body once per item, like `{% for %}`.
With `empty` and no items, it renders that sentence instead of the table.
"""

from django import template
from django.template.base import token_kwargs
from django.utils.functional import Promise
from django.utils.safestring import mark_safe

register = template.Library()


class ListingNode(template.Node):
    def __init__(self, loopvars, items, headings, options, body, footer):
        self.loopvars = loopvars
        self.items = items
        self.headings = headings
        self.options = options
        self.body = body
        self.footer = footer

    template_name = "includes/admin_listing.html"

    def render_rows(self, context, items):
        rows = []
        for item in items:
            if len(self.loopvars) == 1:
                values = {self.loopvars[0]: item}
            else:
                values = dict(zip(self.loopvars, item, strict=True))
            with context.push(**values):
                rows.append(self.body.render(context))
        return mark_safe("".join(rows))  # noqa: S308 (rendered by the engine)

    def render(self, context):
        items = self.items.resolve(context, ignore_failures=True) or []
        options = {key: value.resolve(context) for key, value in self.options.items()}
        table = context.template.engine.get_template(self.template_name)
        if not items and options.get("empty"):
            return table.render(context.new({"empty": options["empty"]}))
        headings = []
        for heading in self.headings:
            value = heading.resolve(context)
            if isinstance(value, (str, Promise)) or not hasattr(value, "__iter__"):
                headings.append(value)
            else:
                headings.extend(value)
        return table.render(
            context.new(
                {
                    "caption": options.get("caption"),
                    "headings": headings,
                    "rows": self.render_rows(context, items),
                    "footer": self.footer.render(context) if self.footer else "",
                }
            )
        )


@register.tag
def listing(parser, token):
    bits = token.split_contents()[1:]
    if "in" not in bits:
        raise template.TemplateSyntaxError(
            "'listing' needs 'in': {% listing item in items ... %}"
        )
    split = bits.index("in")
    loopvars = " ".join(bits[:split]).replace(",", " ").split()
    items = parser.compile_filter(bits[split + 1])
    rest = bits[split + 2 :]
    headings = []
    while rest and "=" not in rest[0].split("(")[0]:
        headings.append(parser.compile_filter(rest.pop(0)))
    options = token_kwargs(rest, parser)
    if rest or not loopvars:
        raise template.TemplateSyntaxError(f"'listing' cannot read {rest or bits}")
    body = parser.parse(("footer", "endlisting"))
    footer = None
    if parser.next_token().contents == "footer":
        footer = parser.parse(("endlisting",))
        parser.delete_first_token()
    return ListingNode(loopvars, items, headings, options, body, footer)
