from cms.core.charts import bar_chart


def test_a_chart_names_every_figure_in_its_svg_and_in_a_table():
    html = bar_chart(
        "Teilnehmende nach Berufsfeld",
        [("Polizei", 12), ("Soziale Arbeit", 6), ("Schule", 0)],
        chart_id="berufsfeld",
    )
    assert 'role="img"' in html
    assert 'aria-labelledby="berufsfeld-title berufsfeld-desc"' in html
    assert (
        '<desc id="berufsfeld-desc">Polizei: 12; Soziale Arbeit: 6; Schule: 0</desc>'
        in html
    )
    assert '<th scope="row">Soziale Arbeit</th><td>6</td>' in html
    # The largest figure fills the bar area; half of it fills half.
    assert 'width="330.0"' in html and 'width="165.0"' in html


def test_fractions_are_written_the_german_way_but_geometry_stays_numeric():
    html = bar_chart(
        "Abschlussquote", [("Modul 1", 87.5), ("Modul 2", 100)], chart_id="q", unit="%"
    )
    assert "87,5 %" in html
    assert 'width="288.8"' in html
    assert "288,8" not in html


def test_an_empty_chart_says_so():
    html = bar_chart("Zertifikate", [], chart_id="leer")
    assert html.count("Keine Daten") == 2
