"""The report's data -> one self-contained HTML page (jinja2).

The page inlines everything it needs: Leaflet (the map, drawn without tiles on
the outline of Kyrgyzstan), Vega and Vega-Lite (the charts), our own script and
style, and the data. The data is gzip-compressed and base64-encoded: the texts
of a thousand documents shrink to about a quarter, and the browser inflates them
with its built-in DecompressionStream.
"""

from __future__ import annotations

import base64
import gzip
import json
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("en", "ru", "ky")
# Inlined in this order; each is (file in static/, kind).
SCRIPTS = ("leaflet.js", "vega.min.js", "vega-lite.min.js", "report.js")
STYLES = ("leaflet.css", "report.css")


def _static(name: str) -> str:
    text = (
        resources.files(__package__).joinpath("static").joinpath(name).read_text(encoding="utf-8")
    )
    # A source-map comment would make developer tools look for a file that is not shipped.
    lines = [line for line in text.splitlines() if not line.startswith("//# sourceMappingURL=")]
    return "\n".join(lines)


def _inline_script(source: str) -> str:
    """Script text safe inside <script>: it must not close the element early."""
    return source.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


@cache
def translations() -> dict[str, dict[str, str]]:
    """Every word of the interface, key -> {language: word}: report/i18n.yaml, and the
    names of the groups the records carry, from the lexicons that define the groups
    (`who_<group>`: who_groups.yaml; `event_<group>`: events.yaml's kind_group_labels;
    `kind_of_<kind>`: its kind_labels)."""
    import yaml

    from ..lexicon import load

    text = resources.files(__package__).joinpath("i18n.yaml").read_text(encoding="utf-8")
    words: dict[str, dict[str, str]] = yaml.safe_load(text)
    for group, definition in load("who_groups")["groups"].items():
        words[f"who_{group}"] = definition["labels"]
    for group, names in load("events")["kind_group_labels"].items():
        words[f"event_{group}"] = names
    # each event kind in the page's language (`kind_of_<kind>`; Kyrgyz: the kind itself)
    for kind, names in load("events")["kind_labels"].items():
        words[f"kind_of_{kind}"] = {"ky": kind, **names}
    return words


def labels(lang: str) -> dict[str, str]:
    """The interface's words in `lang` (one of LANGUAGES)."""
    return {key: words[lang] for key, words in translations().items()}


def plural(count: int, forms: str) -> str:
    """The word after a number: `forms` is one form, or Russian's three separated by
    "|" (1 документ, 2 документа, 5 документов; 21 документ, 11 документов)."""
    words = forms.split("|")
    if len(words) < 3:
        return words[0]
    if count % 10 == 1 and count % 100 != 11:
        return words[0]
    return words[1] if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14 else words[2]


def number(value: int, lang: str) -> str:
    """A count as the page writes it: 1 500 in Russian and Kyrgyz (a no-break space
    between thousands), 1500 in English."""
    return str(value) if lang == "en" else f"{value:,}".replace(",", "\u00a0")


def pack(data: dict[str, Any]) -> str:
    """JSON -> gzip -> base64 (mtime 0, so the same data gives the same page)."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.b64encode(gzip.compress(raw, compresslevel=9, mtime=0)).decode("ascii")


def render(data: dict[str, Any], lang: str) -> str:
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("vap_cli.report", "templates"),
        autoescape=True,
        keep_trailing_newline=True,
    )
    template = environment.get_template("report.html.j2")
    ui = labels(lang)
    outline = _static("kyrgyzstan.geojson")
    counts = {
        "documents": len(data["documents"]),
        "people": sum(d["people"] for d in data["documents"]),
        "places": len(data["places"]) + len(data["unlocated"]),
    }
    return template.render(
        lang=lang,
        ui=ui,
        ui_json=json.dumps(ui, ensure_ascii=False),
        summary={key: number(n, lang) for key, n in counts.items()},
        words={key: plural(n, ui[f"{key}_n"]) for key, n in counts.items()},
        styles=[_static(name) for name in STYLES],
        scripts=[_inline_script(_static(name)) for name in SCRIPTS],
        outline=_inline_script(outline),
        payload=pack(data),
    )
