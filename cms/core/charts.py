"""Charts drawn on the server as SVG, for reports in the admin and in PDFs.

A chart is never the only way to read a figure: `bar_chart` renders a
`<figure>` whose SVG carries a title and a description for screen readers
(`role="img"`) and, beside it, the same figures as a table. No script, no
web font, nothing fetched from elsewhere; the colours keep a contrast of at
least 3:1 to the white background (WCAG 2.1, 1.4.11).
"""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.formats import number_format

LABEL_WIDTH = 230
BAR_AREA = 330
VALUE_WIDTH = 70
ROW_HEIGHT = 28
BAR_HEIGHT = 18


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str
    top: int
    width: float

    @property
    def text_y(self):
        return self.top + BAR_HEIGHT - 4

    @property
    def value_x(self):
        return LABEL_WIDTH + self.width + 6


def _figure(value, unit):
    text = number_format(value, decimal_pos=0 if float(value).is_integer() else 1)
    return f"{text} {unit}".strip()


def bar_chart(title, rows, *, chart_id, unit="", description="", value_heading=""):
    """A horizontal bar chart of `rows`, pairs of (label, number), as HTML.

    `chart_id` must be unique on the page (it ties title and description to
    the SVG). `unit` follows every figure ("%", "UE"); `description` is the
    text alternative's summary, generated from the figures when empty.
    `value_heading` heads the figures' column in the table (default: the unit
    or „Anzahl“)."""
    rows = [(str(label), value or 0) for label, value in rows]
    largest = max((value for _, value in rows), default=0) or 1
    bars = [
        Bar(
            label=label,
            value=value,
            text=_figure(value, unit),
            top=index * ROW_HEIGHT + 6,
            width=round(BAR_AREA * value / largest, 1),
        )
        for index, (label, value) in enumerate(rows)
    ]
    if not description:
        description = "; ".join(f"{bar.label}: {bar.text}" for bar in bars)
    return render_to_string(
        "includes/bar_chart.html",
        {
            "chart_id": chart_id,
            "title": title,
            "description": description,
            "bars": bars,
            "value_heading": value_heading or unit or "Anzahl",
            "width": LABEL_WIDTH + BAR_AREA + VALUE_WIDTH,
            "height": max(len(bars), 1) * ROW_HEIGHT + 12,
            "label_width": LABEL_WIDTH,
            "bar_height": BAR_HEIGHT,
        },
    )
