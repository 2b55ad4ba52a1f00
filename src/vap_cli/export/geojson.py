"""GeoJSON (RFC 7946) of the places of a corpus: one Point feature per gazetteer
unit, with the documents that mention it and how often. A document is its text
(README, "A document is its text"): files with one text (a copy, one file named by
two paths) are one document, counted once, their paths all in `sources`. Coordinates are the
records' own (`lat`, `lon` from the gazetteer, a parent's when the unit has none:
`approximate`); units without any are listed under the collection's foreign
member `unplaced`, so a map never gets a feature without a geometry."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..models import Document, Place
from . import Writer
from .outfile import AtomicFile


def point_of(place: Place) -> tuple[float, float] | None:
    """(lon, lat) of a place, GeoJSON's order; None when unknown."""
    if place.lat is None or place.lon is None:
        return None
    return (place.lon, place.lat)


@dataclass
class _Seen:
    place: Place
    sources: list[str] = field(default_factory=list)  # every path read that mentions it
    doc_ids: set[str] = field(default_factory=set)  # the documents: one per text
    mentions: int = 0


class GeojsonWriter(Writer):
    """Counts places as documents stream by; writes the collection at the end."""

    def __init__(self, dest: Path):
        self.dest = dest
        self.seen: dict[str, _Seen] = {}

    def write(self, doc: Document) -> None:
        for place in doc.places:
            code = place.soate
            if code is None:
                continue
            seen = self.seen.setdefault(code, _Seen(place))
            if doc.source not in seen.sources:
                seen.sources.append(doc.source)
            if doc.id in seen.doc_ids:
                continue  # the same text read again: its mentions are counted
            seen.doc_ids.add(doc.id)
            seen.mentions += max(1, len(place.mentions))

    def collection(self) -> dict:
        features, unplaced = [], []
        for code in sorted(self.seen):
            seen = self.seen[code]
            properties = {
                "soate": code,
                "name": seen.place.name,
                "level": seen.place.level,
                "oblast": seen.place.oblast,
                "district": seen.place.district,
                "approximate": seen.place.coords_soate != code,
                "documents": len(seen.doc_ids),
                "mentions": seen.mentions,
                "sources": seen.sources,
            }
            point = point_of(seen.place)
            if point is None:
                unplaced.append(properties)
                continue
            geometry = {"type": "Point", "coordinates": list(point)}
            features.append(
                {"type": "Feature", "id": code, "geometry": geometry, "properties": properties}
            )
        return {"type": "FeatureCollection", "features": features, "unplaced": unplaced}

    def close(self) -> None:
        out = AtomicFile(self.dest)
        try:
            json.dump(self.collection(), out.fh, ensure_ascii=False, indent=1)
            out.fh.write("\n")
        except BaseException:
            out.abort()
            raise
        out.commit()
