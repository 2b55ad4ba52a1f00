"""Build src/vap_cli/report/static/kyrgyzstan.geojson: the country outline drawn
under the report's map, from Natural Earth (public domain) as redistributed in the
npm package world-atlas 2.0.2 (ISC): countries-50m.json, feature id "417".

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_report_outline.py package/countries-50m.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

KYRGYZSTAN = "417"  # ISO 3166-1 numeric
OUT = Path(__file__).resolve().parents[1] / "src/vap_cli/report/static/kyrgyzstan.geojson"


def decode_arcs(topology: dict) -> list[list[list[float]]]:
    """TopoJSON arcs: delta-encoded, quantized integers -> longitude/latitude."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([round(x * sx + tx, 4), round(y * sy + ty, 4)])
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[list[float]]]) -> list[list[float]]:
    points: list[list[float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def main(path: str) -> None:
    topology = json.loads(Path(path).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    countries = topology["objects"]["countries"]["geometries"]
    geometry = next(g for g in countries if g.get("id") == KYRGYZSTAN)
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    feature = {
        "type": "Feature",
        "properties": {"name": "Kyrgyzstan", "source": "Natural Earth 1:50m via world-atlas 2.0.2"},
        "geometry": {
            "type": "MultiPolygon",
            "coordinates": [[ring(r, arcs) for r in polygon] for polygon in polygons],
        },
    }
    OUT.write_text(json.dumps(feature, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
